using System;

namespace CorpusGen;

/// <summary>A quotation found in an article, with the person it is attributed to.</summary>
public sealed class Quote
{
    private readonly CompiledText? _source;
    private readonly int _textStart;
    private readonly int _textLength;
    private readonly int _speakerStart;
    private readonly int _speakerLength;
    private Article? _article;
    private string? _text;
    private string? _speaker;

    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted text, without its enclosing marks; nested marks are kept.</param>
    /// <param name="speaker">The canonical name of the speaker, or <see langword="null"/> when unknown.</param>
    /// <param name="kind">Whether the quote is reported speech or a quoted phrase.</param>
    /// <param name="paragraphIndex">The index of the paragraph the quote starts in.</param>
    /// <param name="start">The offset of the quote's first character in that paragraph's text.</param>
    /// <param name="length">The number of characters of the quote in that paragraph's text.</param>
    /// <param name="endParagraphIndex">The index of the paragraph the quote ends in; greater than <paramref name="paragraphIndex"/> for a quote that runs over several paragraphs.</param>
    /// <param name="attribution">How <paramref name="speaker"/> was found; <see cref="QuoteAttribution.None"/> when it is <see langword="null"/>.</param>
    public Quote(string text, string? speaker, QuoteKind kind, int paragraphIndex, int start, int length, int endParagraphIndex, QuoteAttribution attribution)
    {
        if (endParagraphIndex < paragraphIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(endParagraphIndex), endParagraphIndex, "A quote cannot end before the paragraph it starts in.");
        }

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

        if ((speaker is null) != (attribution == QuoteAttribution.None))
        {
            throw new ArgumentException("A quote has an attribution exactly when it has a speaker.", nameof(attribution));
        }

        _text = text ?? throw new ArgumentNullException(nameof(text));
        _speaker = speaker;
        Attribution = attribution;
        _speakerLength = -1;
        Kind = kind;
        ParagraphIndex = paragraphIndex;
        Start = start;
        Length = length;
        EndParagraphIndex = endParagraphIndex;
    }

    internal Quote(CompiledText source, int[] layout, int offset)
    {
        _source = source;
        _textStart = layout[offset];
        _textLength = layout[offset + 1];
        _speakerStart = layout[offset + 2];
        _speakerLength = layout[offset + 3];
        Kind = (QuoteKind)layout[offset + 4];
        ParagraphIndex = layout[offset + 5];
        Start = layout[offset + 6];
        Length = layout[offset + 7];
        EndParagraphIndex = layout[offset + 8];
        Attribution = (QuoteAttribution)layout[offset + 9];
        Line = layout[offset + 10];
        Column = layout[offset + 11];
    }

    internal const int LayoutLength = 12;

    /// <summary>Gets the line in its article's file where the quoted text starts, just after its opening mark, counted from 1; 0 for a quote created from strings.</summary>
    /// <remarks>With <see cref="Column"/>, where a test that fails on the quote can point in the <c>.txt</c> file.</remarks>
    public int Line { get; }

    /// <summary>Gets the column on <see cref="Line"/> where the quoted text starts, counted from 1 in characters; 0 for a quote created from strings.</summary>
    public int Column { get; }

    /// <summary>
    /// Gets the quoted text, without its enclosing marks. A quote that runs over several paragraphs
    /// joins its parts with a blank line ("\n\n"), without the opening marks that restart it.
    /// </summary>
    public string Text => _text ??= _source!.Decode(_textStart, _textLength)!;

    /// <summary>Gets the canonical name of the person or source quoted, or <see langword="null"/> when the article does not say.</summary>
    public string? Speaker => _speaker ??= _source?.Decode(_speakerStart, _speakerLength);

    /// <summary>Gets the quoted text's UTF-8 bytes, read in place: the bytes of <see cref="Text"/>.</summary>
    /// <remarks>
    /// A view of the text compiled into the assembly: reading it allocates nothing and decodes nothing, for scanning
    /// or searching a corpus without creating strings. A quote created from strings, or a corpus compiled before
    /// C# 11, encodes the text into a new array instead. The view is valid while the corpus's assembly is loaded.
    /// </remarks>
    public ReadOnlySpan<byte> Utf8Text => _source is null ? Utf8Codec.Encode(_text) : _source.Utf8(_textStart, _textLength);

    /// <summary>Gets the speaker's canonical name as UTF-8 bytes, read in place; empty when the article does not say.</summary>
    /// <remarks>Read in place as <see cref="Utf8Text"/> is, with the same exceptions.</remarks>
    public ReadOnlySpan<byte> Utf8Speaker => _source is null ? Utf8Codec.Encode(_speaker) : _source.Utf8(_speakerStart, _speakerLength);

    /// <summary>Gets whether the quote is reported speech or a quoted phrase.</summary>
    public QuoteKind Kind { get; }

    /// <summary>
    /// Gets how <see cref="Speaker"/> was found: named beside the quote or as the subject of its sentence's reporting
    /// verb (explicit), or inferred from a pronoun, a role or the speech before it.
    /// </summary>
    public QuoteAttribution Attribution { get; }

    /// <summary>Gets the index of the paragraph the quote starts in.</summary>
    public int ParagraphIndex { get; }

    /// <summary>Gets the offset of the quote's first character (after the opening mark) in its paragraph's text.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters of the quote in the paragraph it starts in (to that paragraph's end when it runs on).</summary>
    public int Length { get; }

    /// <summary>Gets the index of the paragraph the quote ends in; equal to <see cref="ParagraphIndex"/> unless the quote runs over several paragraphs.</summary>
    public int EndParagraphIndex { get; }

    /// <summary>Gets the article the quote belongs to.</summary>
    /// <exception cref="InvalidOperationException">The quote has not been given to an <see cref="CorpusGen.Article"/>.</exception>
    public Article Article => _article ?? throw new InvalidOperationException("This quote does not belong to an article yet.");

    internal void AttachTo(Article article)
    {
        if (_article is not null && !ReferenceEquals(_article, article))
        {
            throw new InvalidOperationException("A quote belongs to one article only.");
        }

        _article = article;
    }

    /// <inheritdoc />
    public override string ToString() => Speaker is null ? "\u201C" + Text + "\u201D" : "\u201C" + Text + "\u201D \u2014 " + Speaker;
}
