using System;

namespace CorpusGen;

/// <summary>A quotation found in an article, with the person it is attributed to.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted text, without its enclosing marks; nested marks are kept.</param>
    /// <param name="speaker">The canonical name of the speaker, or <see langword="null"/> when unknown.</param>
    /// <param name="kind">Whether the quote is reported speech or a quoted phrase.</param>
    /// <param name="paragraphIndex">The index of the paragraph the quote starts in.</param>
    /// <param name="start">The offset of the quote's first character in that paragraph's text.</param>
    /// <param name="length">The number of characters of the quote in that paragraph's text.</param>
    public Quote(string text, string? speaker, QuoteKind kind, int paragraphIndex, int start, int length)
    {
        if (paragraphIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraphIndex), paragraphIndex, "A paragraph index cannot be negative.");
        }

        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A start offset cannot be negative.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A length cannot be negative.");
        }

        Text = text ?? throw new ArgumentNullException(nameof(text));
        Speaker = speaker;
        Kind = kind;
        ParagraphIndex = paragraphIndex;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the quoted text, without its enclosing marks.</summary>
    public string Text { get; }

    /// <summary>Gets the canonical name of the person or source quoted, or <see langword="null"/> when the article does not say.</summary>
    public string? Speaker { get; }

    /// <summary>Gets whether the quote is reported speech or a quoted phrase.</summary>
    public QuoteKind Kind { get; }

    /// <summary>Gets the index of the paragraph the quote starts in.</summary>
    public int ParagraphIndex { get; }

    /// <summary>Gets the offset of the quote's first character (after the opening mark) in its paragraph's text.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters of the quote in its paragraph's text.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string ToString() => Speaker is null ? "\u201C" + Text + "\u201D" : "\u201C" + Text + "\u201D \u2014 " + Speaker;
}
