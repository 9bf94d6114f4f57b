using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Finds where an article's pieces of text lie in its file, so that the layout can point into the embedded file
/// instead of compiling the text again. Nearly every paragraph is a slice of its file; one that is not (joined
/// across lines, repaired) is found nowhere and is compiled into a literal.
/// </summary>
internal static class ArticleFileTextLocator
{
    /// <summary>How far past the previous piece a paragraph is looked for: room for blank lines and dropped lines between.</summary>
    private const int SearchWindow = 4096;

    public static ArticleFileText Locate(string content, ParsedArticle article, CancellationToken cancellationToken)
    {
        var text = ArticleTextForm.Normalize(content);
        var (length, hash) = ArticleTextForm.Fingerprint(text);
        var pieces = ArticlePieces.Of(article);
        var charStarts = new int[pieces.Count];
        var cursor = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var piece = pieces[i];
            if (string.IsNullOrEmpty(piece))
            {
                charStarts[i] = -1;
            }
            else if (i < ArticlePieces.FirstParagraph + article.Paragraphs.Count)
            {
                // Headline, byline and paragraphs come in file order: look just past the previous one.
                charStarts[i] = Find(text, piece!, cursor, piece!.Length + SearchWindow);
                if (charStarts[i] >= 0)
                {
                    cursor = charStarts[i] + piece.Length;
                }
            }
            else
            {
                // Run-on quotes and speakers: anywhere in the file.
                charStarts[i] = Find(text, piece!, 0, text.Length);
            }
        }

        return new ArticleFileText(length, hash, ToUtf8Offsets(text, charStarts).ToEquatableArray());
    }

    private static int Find(string text, string piece, int from, int window)
    {
        if (from > text.Length)
        {
            return -1;
        }

        var count = Math.Min(text.Length - from, window);
        var found = count < piece.Length ? -1 : text.IndexOf(piece, from, count, StringComparison.Ordinal);
        return found >= 0 && Utf8.IsWholeCharacters(text, found, piece.Length) ? found : -1;
    }

    /// <summary>Character offsets turned into UTF-8 byte offsets, in one pass over the text; -1 stays -1.</summary>
    private static int[] ToUtf8Offsets(string text, int[] charStarts)
    {
        var order = new List<int>(charStarts.Length);
        for (var i = 0; i < charStarts.Length; i++)
        {
            if (charStarts[i] >= 0)
            {
                order.Add(i);
            }
        }

        order.Sort((left, right) => charStarts[left].CompareTo(charStarts[right]));
        var byteStarts = new int[charStarts.Length];
        for (var i = 0; i < byteStarts.Length; i++)
        {
            byteStarts[i] = -1;
        }

        var position = 0;
        var bytes = 0;
        foreach (var piece in order)
        {
            bytes += Utf8.Length(text, position, charStarts[piece] - position);
            position = charStarts[piece];
            byteStarts[piece] = bytes;
        }

        return byteStarts;
    }
}
