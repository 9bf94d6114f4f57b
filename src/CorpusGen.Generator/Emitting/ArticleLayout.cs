using System.Collections.Generic;
using System.Threading;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Lays an article out as the run-time <c>Article.Compiled</c> reads it: one run of text holding the
/// headline, byline, paragraphs, run-on quotes and speakers once each, and the integer ranges into it.
/// A quote inside one paragraph points into that paragraph's text instead of being stored again.
/// Ranges count UTF-8 bytes for UTF-8 literals and UTF-16 units for string literals. After the
/// layout come <see cref="TrailerLength"/> numbers: the ranges of the article's id and file name.
/// </summary>
internal sealed class ArticleLayout
{
    private readonly bool _utf8;
    private readonly Dictionary<string, (int Start, int Length)> _speakers = new(System.StringComparer.Ordinal);
    private int _units;

    private ArticleLayout(bool utf8)
    {
        _utf8 = utf8;
    }

    /// <summary>The pieces of text, in order; the compiled text is their concatenation.</summary>
    public List<string> Pieces { get; } = new();

    /// <summary>The ranges and numbers <c>Article.Compiled</c> reads.</summary>
    public List<int> Numbers { get; } = new();

    /// <summary>The length of the text, the concatenation of <see cref="Pieces"/>, in the literal's units.</summary>
    public int TextUnits => _units;

    /// <summary>Numbers after the article's own layout: where its id and file name are in the text.</summary>
    public const int TrailerLength = 4;

    public static ArticleLayout Build(ParsedArticle article, ArticleEntry entry, bool utf8, CancellationToken cancellationToken = default)
    {
        var layout = new ArticleLayout(utf8);
        layout.AddRange(article.Headline);
        layout.AddRange(article.Byline);
        layout.Numbers.Add(article.WordCount);
        layout.Numbers.Add(article.Paragraphs.Count);
        var paragraphStarts = new int[article.Paragraphs.Count];
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            paragraphStarts[i] = layout._units;
            layout.AddRange(article.Paragraphs[i]);
        }

        layout.Numbers.Add(article.Quotes.Count);
        foreach (var quote in article.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (quote.EndParagraphIndex == quote.ParagraphIndex)
            {
                var paragraph = article.Paragraphs[quote.ParagraphIndex];
                layout.Numbers.Add(paragraphStarts[quote.ParagraphIndex] + layout.Units(paragraph, 0, quote.Start));
                layout.Numbers.Add(layout.Units(paragraph, quote.Start, quote.Length));
            }
            else
            {
                layout.AddRange(quote.Text);
            }

            layout.AddSpeaker(quote.Speaker);
            layout.Numbers.Add((int)quote.Kind);
            layout.Numbers.Add(quote.ParagraphIndex);
            layout.Numbers.Add(quote.Start);
            layout.Numbers.Add(quote.Length);
            layout.Numbers.Add(quote.EndParagraphIndex);
            layout.Numbers.Add((int)quote.Attribution);
        }

        // The id and file name travel in the data too, so the corpus class names no article's text.
        layout.AddRange(entry.Id);
        layout.AddRange(entry.FileName);
        return layout;
    }

    private void AddSpeaker(string? speaker)
    {
        if (speaker is null)
        {
            Numbers.Add(0);
            Numbers.Add(-1);
            return;
        }

        if (!_speakers.TryGetValue(speaker, out var range))
        {
            range = Append(speaker);
            _speakers.Add(speaker, range);
        }

        Numbers.Add(range.Start);
        Numbers.Add(range.Length);
    }

    private void AddRange(string? text)
    {
        var (start, length) = text is null ? (0, -1) : Append(text);
        Numbers.Add(start);
        Numbers.Add(length);
    }

    private (int Start, int Length) Append(string text)
    {
        var start = _units;
        var length = Units(text, 0, text.Length);
        Pieces.Add(text);
        _units += length;
        return (start, length);
    }

    private int Units(string text, int start, int length) => _utf8 ? Utf8Length(text, start, length) : length;

    /// <summary>The UTF-8 length of a range of a string; lone surrogates were replaced by the parser.</summary>
    private static int Utf8Length(string text, int start, int length)
    {
        var bytes = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes++;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }
        }

        return bytes;
    }
}
