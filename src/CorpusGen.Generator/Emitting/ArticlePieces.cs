using System.Collections.Generic;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// The pieces of text an article's layout stores, in the one order both the layout and the search for them in the
/// article's file use: headline, byline, each paragraph, the text of each quote that runs across paragraphs, and
/// each speaker once, in order of first quote. A piece the article lacks is null.
/// </summary>
internal static class ArticlePieces
{
    public static List<string?> Of(ParsedArticle article)
    {
        var pieces = new List<string?>(2 + article.Paragraphs.Count + article.Quotes.Count) { article.Headline, article.Byline };
        foreach (var paragraph in article.Paragraphs)
        {
            pieces.Add(paragraph);
        }

        foreach (var quote in article.Quotes)
        {
            if (IsRunOn(quote))
            {
                pieces.Add(quote.Text);
            }
        }

        var speakers = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var quote in article.Quotes)
        {
            if (quote.Speaker is { } speaker && speakers.Add(speaker))
            {
                pieces.Add(speaker);
            }
        }

        return pieces;
    }

    /// <summary>Index of the first paragraph among the pieces.</summary>
    public const int FirstParagraph = 2;

    /// <summary>A quote that runs across paragraphs is stored as a piece of its own; any other points into its paragraph.</summary>
    public static bool IsRunOn(ParsedQuote quote) => quote.EndParagraphIndex != quote.ParagraphIndex;
}
