using System.Collections.Generic;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Lays an article out as the run-time <c>Article.Compiled</c> reads it: the integer ranges of its headline, byline,
/// paragraphs, run-on quotes and speakers (<see cref="ArticlePieces"/>, each stored once), and the compiled text
/// they point into. Ranges count first through the article's file in the embedded text, when the build embedded it
/// (UTF-8 bytes), and on from there through the compiled text (UTF-8 bytes for UTF-8 literals, UTF-16 units for string
/// literals), which holds every piece that is not a slice of the file. A quote inside one paragraph points into that
/// paragraph. After the layout come <see cref="TrailerLength"/> numbers: the ranges of the article's id and file name.
/// </summary>
internal sealed class ArticleLayout
{
    private readonly bool _utf8;
    private readonly int _fileLength;
    private int _units;

    private ArticleLayout(bool utf8, int fileLength)
    {
        _utf8 = utf8;
        _fileLength = fileLength;
    }

    /// <summary>The pieces of compiled text, in order; the compiled text is their concatenation.</summary>
    public List<string> Pieces { get; } = new();

    /// <summary>The ranges and numbers <c>Article.Compiled</c> reads.</summary>
    public List<int> Numbers { get; } = new();

    /// <summary>The length of the compiled text, the concatenation of <see cref="Pieces"/>, in the literal's units.</summary>
    public int TextUnits => _units;

    /// <summary>Numbers after the article's own layout: where its id and file name are in the text.</summary>
    public const int TrailerLength = 4;

    public static ArticleLayout Build(ParsedArticle article, ArticleEntry entry, bool utf8, EmbeddedFile? file = null, CancellationToken cancellationToken = default)
    {
        var layout = new ArticleLayout(utf8, file?.Length ?? 0);
        var pieces = ArticlePieces.Of(article);
        var ranges = new (int Start, int Length, bool InFile)[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var piece = pieces[i];
            ranges[i] = piece is null ? (0, -1, false)
                : file is not null && file.PieceStarts[i] >= 0 ? (file.PieceStarts[i], Utf8.Length(piece, 0, piece.Length), true)
                : layout.Append(piece);
        }

        layout.AddRange(ranges[0]);
        layout.AddRange(ranges[1]);
        layout.Numbers.Add(article.WordCount);
        layout.Numbers.Add(article.Paragraphs.Count);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            layout.AddRange(ranges[ArticlePieces.FirstParagraph + i]);
        }

        layout.Numbers.Add(article.Quotes.Count);
        var runOn = ArticlePieces.FirstParagraph + article.Paragraphs.Count;
        var speakers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var nextSpeaker = runOn;
        foreach (var quote in article.Quotes)
        {
            if (ArticlePieces.IsRunOn(quote))
            {
                nextSpeaker++;
            }
        }

        foreach (var quote in article.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ArticlePieces.IsRunOn(quote))
            {
                layout.AddRange(ranges[runOn++]);
            }
            else
            {
                var paragraph = article.Paragraphs[quote.ParagraphIndex];
                var range = ranges[ArticlePieces.FirstParagraph + quote.ParagraphIndex];
                layout.Numbers.Add(range.Start + layout.Units(paragraph, 0, quote.Start, range.InFile));
                layout.Numbers.Add(layout.Units(paragraph, quote.Start, quote.Length, range.InFile));
            }

            if (quote.Speaker is null)
            {
                layout.AddRange((0, -1, false));
            }
            else
            {
                if (!speakers.TryGetValue(quote.Speaker, out var speakerPiece))
                {
                    speakerPiece = nextSpeaker++;
                    speakers.Add(quote.Speaker, speakerPiece);
                }

                layout.AddRange(ranges[speakerPiece]);
            }

            layout.Numbers.Add((int)quote.Kind);
            layout.Numbers.Add(quote.ParagraphIndex);
            layout.Numbers.Add(quote.Start);
            layout.Numbers.Add(quote.Length);
            layout.Numbers.Add(quote.EndParagraphIndex);
            layout.Numbers.Add((int)quote.Attribution);
        }

        // The id and file name travel in the data too, so the corpus class names no article's text.
        layout.AddRange(layout.Append(entry.Id));
        layout.AddRange(layout.Append(entry.FileName));
        return layout;
    }

    private void AddRange((int Start, int Length, bool InFile) range)
    {
        Numbers.Add(range.Start);
        Numbers.Add(range.Length);
    }

    /// <summary>Appends a piece to the compiled text; its range counts on from the end of the article's file.</summary>
    private (int Start, int Length, bool InFile) Append(string text)
    {
        var start = _fileLength + _units;
        var length = Units(text, 0, text.Length, inFile: false);
        Pieces.Add(text);
        _units += length;
        return (start, length, false);
    }

    private int Units(string text, int start, int length, bool inFile) => inFile || _utf8 ? Utf8.Length(text, start, length) : length;
}
