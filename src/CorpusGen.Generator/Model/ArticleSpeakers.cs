using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>Who said each quote of an article, in the article's quote order; an empty string for a quote nobody said.</summary>
internal sealed record ArticleSpeakers(CorpusTypeSpec Type, string Path, EquatableArray<string> QuoteSpeakers);
