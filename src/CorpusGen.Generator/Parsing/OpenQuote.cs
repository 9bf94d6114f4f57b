namespace CorpusGen.Generator.Parsing;

/// <summary>
/// An opening mark still waiting for its partner; <see cref="MarkOffset"/> is paragraph-relative, and
/// <see cref="MarkLength"/> is 2 for a double mark typed as two singles (‘‘).
/// </summary>
internal readonly record struct OpenQuote(QuoteMarkFamily Family, int MarkOffset, int MarkLength = 1)
{
    public int TextStart => MarkOffset + MarkLength;
}
