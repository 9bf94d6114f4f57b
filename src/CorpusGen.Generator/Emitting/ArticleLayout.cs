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
/// paragraph. Each paragraph and quote also records its line and column in the file. After the layout come
/// <see cref="TrailerLength"/> numbers: the ranges of the article's id and file name.
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

    public static ArticleLayout Build(StoredArticle article, ArticleEntry entry, bool utf8, EmbeddedFile? file = null, CancellationToken cancellationToken = default)
    {
        var layout = new ArticleLayout(utf8, file?.Length ?? 0);

        // The pieces in ArticlePieces' order, the order of the file's piece starts: headline, byline, paragraphs (the
        // stored article's first pieces too), the text of each run-on quote, each speaker once. Text is decoded only
        // for a piece compiled into the literal.
        var ranges = new List<(int Start, int Length, bool InFile)>(2 + article.ParagraphCount + article.Quotes.Count)
        {
            article.HasHeadline ? layout.Place(article, 0, file, 0) : (0, -1, false),
            article.HasByline ? layout.Place(article, 1, file, 1) : (0, -1, false),
        };
        for (var i = 0; i < article.ParagraphCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var piece = StoredArticle.ParagraphPiece(i);
            ranges.Add(layout.Place(article, piece, file, piece));
        }

        foreach (var quote in article.Quotes)
        {
            if (quote.IsRunOn)
            {
                ranges.Add(layout.Place(article, quote.TextPiece, file, ranges.Count));
            }
        }

        var speakers = new Dictionary<string, (int Start, int Length, bool InFile)>(System.StringComparer.Ordinal);
        foreach (var quote in article.Quotes)
        {
            if (quote.Speaker is { } speaker && !speakers.ContainsKey(speaker))
            {
                var fileStart = FileStart(file, ranges.Count);
                var range = fileStart >= 0 ? (fileStart, Utf8.Length(speaker, 0, speaker.Length), true) : layout.Append(speaker);
                speakers.Add(speaker, range);
                ranges.Add(range);
            }
        }

        layout.AddRange(ranges[0]);
        layout.AddRange(ranges[1]);
        layout.Numbers.Add(article.WordCount);
        layout.Numbers.Add(article.ParagraphCount);
        for (var i = 0; i < article.ParagraphCount; i++)
        {
            layout.AddRange(ranges[ArticlePieces.FirstParagraph + i]);
            layout.AddPosition(article.ParagraphPosition(i));
        }

        layout.Numbers.Add(article.Quotes.Count);
        var runOn = ArticlePieces.FirstParagraph + article.ParagraphCount;
        foreach (var quote in article.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (quote.IsRunOn)
            {
                layout.AddRange(ranges[runOn++]);
            }
            else
            {
                var paragraph = StoredArticle.ParagraphPiece(quote.ParagraphIndex);
                var range = ranges[ArticlePieces.FirstParagraph + quote.ParagraphIndex];
                var counted = range.InFile || utf8;
                layout.Numbers.Add(range.Start + (counted ? article.Utf8Length(paragraph, 0, quote.Start) : quote.Start));
                layout.Numbers.Add(counted ? article.Utf8Length(paragraph, quote.Start, quote.Length) : quote.Length);
            }

            layout.AddRange(quote.Speaker is null ? (0, -1, false) : speakers[quote.Speaker]);
            layout.Numbers.Add((int)quote.Kind);
            layout.Numbers.Add(quote.ParagraphIndex);
            layout.Numbers.Add(quote.Start);
            layout.Numbers.Add(quote.Length);
            layout.Numbers.Add(quote.EndParagraphIndex);
            layout.Numbers.Add((int)quote.Attribution);
            layout.AddPosition(quote.Position);
        }

        // The id and file name travel in the data too, so the corpus class names no article's text.
        layout.AddRange(layout.Append(entry.Id));
        layout.AddRange(layout.Append(entry.FileName));
        return layout;
    }

    private void AddPosition(SourcePosition position)
    {
        Numbers.Add(position.Line);
        Numbers.Add(position.Column);
    }

    /// <summary>Where the layout's piece number <paramref name="layoutPiece"/> starts in the article's file, or -1 when the file does not hold it.</summary>
    private static int FileStart(EmbeddedFile? file, int layoutPiece) => file is null ? -1 : file.PieceStarts[layoutPiece];

    /// <summary>Where a stored piece lies: in the article's file when the file holds it exactly, else appended to the literal.</summary>
    private (int Start, int Length, bool InFile) Place(StoredArticle article, int storedPiece, EmbeddedFile? file, int layoutPiece)
    {
        var fileStart = FileStart(file, layoutPiece);
        return fileStart >= 0 ? (fileStart, article.PieceUtf8Length(storedPiece), true) : Append(article.Piece(storedPiece));
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
