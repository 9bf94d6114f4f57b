using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>What the parser makes of one article's text; value-equatable so that pipeline steps cache.</summary>
/// <param name="Summary">Where the text that sums the article up lies in its file: the headline, else the first paragraph's first line.</param>
/// <param name="ParagraphPositions">Where each paragraph starts in the file, in order.</param>
internal sealed record ParsedArticle(
    string? Headline,
    string? Byline,
    EquatableArray<string> Paragraphs,
    EquatableArray<ParsedQuote> Quotes,
    int WordCount,
    EquatableArray<ParseProblem> Problems,
    SourceSpan Summary = default,
    EquatableArray<SourcePosition> ParagraphPositions = default)
{
    /// <summary>The characters of text the article compiles to, near enough to budget string literals.</summary>
    public int CharacterCount
    {
        get
        {
            var count = (Headline?.Length ?? 0) + (Byline?.Length ?? 0);
            foreach (var paragraph in Paragraphs)
            {
                count += paragraph.Length;
            }

            return count;
        }
    }
}
