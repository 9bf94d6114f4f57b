using System;
using System.Collections.Generic;
using System.Text;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// A parsed article as the pipeline keeps it between runs: its text once, as UTF-8 (headline, byline, paragraphs,
/// then the text of each quote that is no slice of its paragraph), and its quotes as ranges into their paragraphs.
/// The parser's model holds the text as UTF-16 strings and each quote's text again, which for every article of a
/// corpus the IDE keeps is twice to three times the memory. Emitting reads the pieces from the bytes and decodes only
/// the text it compiles into a literal; <see cref="ToParsed"/> gives back the parser's model whole.
/// </summary>
internal sealed class StoredArticle : IEquatable<StoredArticle>
{
    private const int HeadlinePiece = 0;
    private const int BylinePiece = 1;
    private const int FirstParagraphPiece = Emitting.ArticlePieces.FirstParagraph;

    // Encodes exactly or throws: a lone surrogate would otherwise become U+FFFD (the parser has already replaced
    // them). What it encodes is valid UTF-8, so decoding needs no such check, and Encoding.UTF8 decodes faster.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _text;
    private readonly int[] _pieceEnds;
    private readonly bool _hasHeadline;
    private readonly bool _hasByline;
    private int _hash;

    private StoredArticle(byte[] text, int[] pieceEnds, bool hasHeadline, bool hasByline, int paragraphCount, EquatableArray<StoredQuote> quotes, int wordCount, int characterCount, SourceSpan summary, EquatableArray<SourcePosition> paragraphPositions)
    {
        Summary = summary;
        ParagraphPositions = paragraphPositions;
        _text = text;
        _pieceEnds = pieceEnds;
        _hasHeadline = hasHeadline;
        _hasByline = hasByline;
        ParagraphCount = paragraphCount;
        Quotes = quotes;
        WordCount = wordCount;
        CharacterCount = characterCount;
    }

    public int ParagraphCount { get; }

    /// <summary>Where the text that sums the article up lies in its file (<see cref="ParsedArticle.Summary"/>).</summary>
    public SourceSpan Summary { get; }

    /// <summary>Where each paragraph starts in the article's file (<see cref="ParsedArticle.ParagraphPositions"/>).</summary>
    public EquatableArray<SourcePosition> ParagraphPositions { get; }

    /// <summary>Where paragraph <paramref name="index"/> starts in the file; (0, 0) when the parser did not say.</summary>
    public SourcePosition ParagraphPosition(int index) => index < ParagraphPositions.Count ? ParagraphPositions[index] : default;

    public EquatableArray<StoredQuote> Quotes { get; }

    public int WordCount { get; }

    /// <summary>The characters of text the article compiles to, as <see cref="ParsedArticle.CharacterCount"/>.</summary>
    public int CharacterCount { get; }

    public string? Headline => _hasHeadline ? Piece(HeadlinePiece) : null;

    public bool HasHeadline => _hasHeadline;

    public bool HasByline => _hasByline;

    /// <summary>Pieces 0 and 1 are the headline and byline (empty when the article has none), then the paragraphs.</summary>
    public static int ParagraphPiece(int paragraph) => FirstParagraphPiece + paragraph;

    /// <summary>The text of a piece: the headline, byline, a paragraph or a quote's own text.</summary>
    public string Piece(int index) => Encoding.UTF8.GetString(_text, PieceStart(index), PieceUtf8Length(index));

    /// <summary>The UTF-8 length of a piece, without decoding it.</summary>
    public int PieceUtf8Length(int index) => _pieceEnds[index] - PieceStart(index);

    /// <summary>
    /// The UTF-8 length of a range of a piece given in UTF-16 units, as <see cref="Utf8.Length"/> counts it in the
    /// decoded text; read from the bytes unless the range splits a surrogate pair.
    /// </summary>
    public int Utf8Length(int piece, int charStart, int charLength)
    {
        var pieceEnd = _pieceEnds[piece];
        var start = ByteOffset(PieceStart(piece), pieceEnd, charStart);
        var end = start < 0 ? -1 : ByteOffset(start, pieceEnd, charLength);
        if (end < 0)
        {
            return Utf8.Length(Piece(piece), charStart, charLength);
        }

        return end - start;
    }

    public string Paragraph(int index)
        => (uint)index < (uint)ParagraphCount ? Piece(FirstParagraphPiece + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public static StoredArticle From(ParsedArticle article)
    {
        var pieces = new List<string> { article.Headline ?? string.Empty, article.Byline ?? string.Empty };
        pieces.AddRange(article.Paragraphs);
        var quotes = new StoredQuote[article.Quotes.Count];
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = article.Quotes[i];
            var textPiece = -1;
            // A quote across paragraphs always keeps its own text: the layout stores it as a piece (ArticlePieces).
            if (Emitting.ArticlePieces.IsRunOn(quote) || !IsSliceOfItsParagraph(quote, article.Paragraphs))
            {
                textPiece = pieces.Count;
                pieces.Add(quote.Text);
            }

            quotes[i] = new StoredQuote(quote.Speaker, quote.Kind, quote.ParagraphIndex, quote.Start, quote.Length, quote.EndParagraphIndex, quote.Attribution, quote.Sieve, textPiece, quote.Position);
        }

        var pieceEnds = new int[pieces.Count];
        var length = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            length += StrictUtf8.GetByteCount(pieces[i]);
            pieceEnds[i] = length;
        }

        var text = new byte[length];
        for (var i = 0; i < pieces.Count; i++)
        {
            StrictUtf8.GetBytes(pieces[i], 0, pieces[i].Length, text, i == 0 ? 0 : pieceEnds[i - 1]);
        }

        return new StoredArticle(text, pieceEnds, article.Headline is not null, article.Byline is not null, article.Paragraphs.Count, quotes.ToEquatableArray(), article.WordCount, article.CharacterCount, article.Summary, article.ParagraphPositions);
    }

    /// <summary>The parser's model of the article again, its text decoded; without the parse problems, which became diagnostics.</summary>
    public ParsedArticle ToParsed()
    {
        var paragraphs = new string[ParagraphCount];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = Piece(FirstParagraphPiece + i);
        }

        var quotes = new ParsedQuote[Quotes.Count];
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = Quotes[i];
            var text = quote.TextPiece >= 0 ? Piece(quote.TextPiece) : paragraphs[quote.ParagraphIndex].Substring(quote.Start, quote.Length);
            quotes[i] = new ParsedQuote(text, quote.Speaker, quote.Kind, quote.ParagraphIndex, quote.Start, quote.Length, quote.EndParagraphIndex, quote.Attribution, quote.Sieve, quote.Position);
        }

        return new ParsedArticle(Headline, _hasByline ? Piece(BylinePiece) : null, paragraphs.ToEquatableArray(), quotes.ToEquatableArray(), WordCount, EquatableArray<ParseProblem>.Empty, Summary, ParagraphPositions);
    }

    public bool Equals(StoredArticle? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && _text.Length == other._text.Length
            && _hasHeadline == other._hasHeadline
            && _hasByline == other._hasByline
            && ParagraphCount == other.ParagraphCount
            && WordCount == other.WordCount
            && CharacterCount == other.CharacterCount
            && Summary == other.Summary
            && ParagraphPositions.Equals(other.ParagraphPositions)
            && SameElements(_pieceEnds, other._pieceEnds)
            && SameElements(_text, other._text)
            && Quotes.Equals(other.Quotes);
    }

    public override bool Equals(object? obj) => Equals(obj as StoredArticle);

    // Computed on first use: the incremental driver compares models with Equals and never asks for it.
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = HashCodes.Combine(HashCodes.Combine(Fingerprint(_text), Quotes.GetHashCode()), WordCount);
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }

    private static bool IsSliceOfItsParagraph(ParsedQuote quote, EquatableArray<string> paragraphs)
    {
        if ((uint)quote.ParagraphIndex >= (uint)paragraphs.Count || quote.Text.Length != quote.Length || quote.Start < 0)
        {
            return false;
        }

        var paragraph = paragraphs[quote.ParagraphIndex];
        return quote.Start <= paragraph.Length - quote.Length && string.CompareOrdinal(paragraph, quote.Start, quote.Text, 0, quote.Length) == 0;
    }

    private static bool SameElements<T>(T[] left, T[] right)
        where T : IEquatable<T>
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Fingerprint(byte[] text)
    {
        var hash = unchecked((int)2166136261);
        foreach (var value in text)
        {
            hash = unchecked((hash ^ value) * 16777619);
        }

        return hash;
    }

    private int PieceStart(int index) => index == 0 ? 0 : _pieceEnds[index - 1];

    // Where the text after `units` UTF-16 units from `from` starts; -1 past the end or inside a surrogate pair.
    private int ByteOffset(int from, int end, int units)
    {
        var at = from;
        while (units > 0)
        {
            if (at >= end)
            {
                return -1;
            }

            var lead = _text[at];
            var width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            var charUnits = width == 4 ? 2 : 1;
            if (charUnits > units)
            {
                return -1;
            }

            at += width;
            units -= charUnits;
        }

        return at <= end ? at : -1;
    }
}

/// <summary>A quote as <see cref="StoredArticle"/> keeps it: its text a range of its paragraph, or one of the article's pieces.</summary>
/// <param name="TextPiece">The piece that holds the quote's text, or -1 when it is its paragraph's text at <paramref name="Start"/>.</param>
/// <param name="Position">Where the quote's text starts in the article's file.</param>
internal sealed record StoredQuote(
    string? Speaker,
    ParsedQuoteKind Kind,
    int ParagraphIndex,
    int Start,
    int Length,
    int EndParagraphIndex,
    ParsedAttribution Attribution,
    string? Sieve,
    int TextPiece,
    SourcePosition Position)
{
    /// <summary>A quote that runs across paragraphs, as <see cref="Emitting.ArticlePieces.IsRunOn"/> tells it of the parser's quote.</summary>
    public bool IsRunOn => EndParagraphIndex != ParagraphIndex;
}
