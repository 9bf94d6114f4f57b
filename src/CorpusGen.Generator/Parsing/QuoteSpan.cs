namespace CorpusGen.Generator.Parsing;

/// <summary>
/// A quote found in a paragraph: its text is <c>[Start, End)</c> of the paragraph, between the
/// opening mark at <see cref="MarkOffset"/> and the closing mark at <see cref="End"/>.
/// </summary>
/// <param name="Depth">0 for a top-level quote, 1 for a quote inside it, and so on.</param>
/// <param name="IsClosed">False when the paragraph ended before a closing mark.</param>
/// <param name="Family">The kind of mark that opened it.</param>
/// <param name="ClosingLength">How many characters the closing mark takes: 2 for a double mark typed as two singles (’’).</param>
internal sealed record QuoteSpan(int Start, int End, int Depth, int MarkOffset, bool IsClosed, QuoteMarkFamily Family, int ClosingLength = 1)
{
    public int Length => End - Start;
}
