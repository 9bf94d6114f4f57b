using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing;

/// <summary>A paragraph built from one or more blocks, with its quotes in paragraph offsets.</summary>
/// <param name="Text">The paragraph text; joined blocks are separated by one space.</param>
/// <param name="Quotes">Quotes in order of their opening marks.</param>
/// <param name="ResumesQuote">The paragraph opens by reopening the previous paragraph's quote (AP style).</param>
/// <param name="ContinuesQuote">The paragraph's last quote is still open at its end and the next paragraph reopens it.</param>
/// <param name="Segments">Where each joined block starts, in the paragraph and in the normalized text, in order.</param>
internal sealed record AssembledParagraph(
    string Text,
    IReadOnlyList<QuoteSpan> Quotes,
    bool ResumesQuote,
    bool ContinuesQuote,
    IReadOnlyList<(int ParagraphOffset, int NormalizedOffset)> Segments)
{
    /// <summary>The normalized text's offset of the paragraph's character at <paramref name="paragraphOffset"/>.</summary>
    public int ToNormalized(int paragraphOffset)
    {
        var segment = Segments[0];
        foreach (var candidate in Segments)
        {
            if (candidate.ParagraphOffset > paragraphOffset)
            {
                break;
            }

            segment = candidate;
        }

        return segment.NormalizedOffset + (paragraphOffset - segment.ParagraphOffset);
    }
}
