using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>A corpus with its articles in ordinal order of <see cref="ArticleEntry.FileName"/>.</summary>
internal sealed record CorpusLayout(CorpusTarget Corpus, EquatableArray<ArticleEntry> Articles);
