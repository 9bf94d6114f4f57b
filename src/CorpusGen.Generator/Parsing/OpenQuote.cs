namespace CorpusGen.Generator.Parsing;

/// <summary>
/// An opening mark still waiting for its partner; <see cref="MarkOffset"/> is paragraph-relative, and
/// <see cref="MarkLength"/> is 2 for a double mark typed as two singles (‘‘). <see cref="Introduced"/> is true when
/// a comma, a colon or "myself" and the like stand just before the mark: what follows is speech, not an elision.
/// </summary>
internal readonly record struct OpenQuote(QuoteMarkFamily Family, int MarkOffset, int MarkLength = 1, bool Introduced = false)
{
    public int TextStart => MarkOffset + MarkLength;
}
