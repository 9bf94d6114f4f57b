namespace CorpusGen.Generator.Parsing;

/// <summary>An opening mark still waiting for its partner; <see cref="MarkOffset"/> is paragraph-relative.</summary>
internal readonly record struct OpenQuote(QuoteMarkFamily Family, int MarkOffset);
