namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>One paragraph's part of a quote: the whole quote, or one paragraph of a quote that runs on.</summary>
internal sealed class QuotePart
{
    public QuotePart(TokenizedParagraph paragraph, int spanIndex)
    {
        Paragraph = paragraph;
        SpanIndex = spanIndex;
        TokenIndex = paragraph.TokenIndexOfQuote(spanIndex);
    }

    public TokenizedParagraph Paragraph { get; }

    public int SpanIndex { get; }

    public int TokenIndex { get; }

    public QuoteSpan Span => Paragraph.Paragraph.Quotes[SpanIndex];

    public string Text => _text ??= Paragraph.Paragraph.Text.Substring(Span.Start, Span.Length);

    private string? _text;
}
