using System;

namespace CorpusGen;

/// <summary>One paragraph of an article's body.</summary>
public sealed class Paragraph
{
    private readonly CompiledText? _source;
    private readonly int _sourceStart;
    private readonly int _sourceLength;
    private string? _text;

    /// <summary>Creates a paragraph.</summary>
    /// <param name="index">The zero-based position of the paragraph in its article.</param>
    /// <param name="text">The paragraph's text, without surrounding white space.</param>
    public Paragraph(int index, string text)
        : this(index)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
    }

    internal Paragraph(int index, CompiledText source, int sourceStart, int sourceLength, int line, int column)
        : this(index)
    {
        _source = source;
        _sourceStart = sourceStart;
        _sourceLength = sourceLength;
        Line = line;
        Column = column;
    }

    /// <summary>The numbers of a paragraph in a compiled article's layout: its range, line and column.</summary>
    internal const int LayoutLength = 4;

    private Paragraph(int index)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A paragraph index cannot be negative.");
        }

        Index = index;
    }

    /// <summary>Gets the zero-based position of the paragraph in its article.</summary>
    public int Index { get; }

    /// <summary>Gets the line of the paragraph's first character in its article's file, counted from 1; 0 for a paragraph created from a string.</summary>
    /// <remarks>With <see cref="Column"/>, where a test that fails on the paragraph can point in the <c>.txt</c> file.</remarks>
    public int Line { get; }

    /// <summary>Gets the column of the paragraph's first character on its <see cref="Line"/>, counted from 1 in characters; 0 for a paragraph created from a string.</summary>
    public int Column { get; }

    /// <summary>Gets the paragraph's text.</summary>
    public string Text => _text ??= _source!.Decode(_sourceStart, _sourceLength)!;

    /// <summary>Gets the paragraph's UTF-8 bytes, read in place.</summary>
    /// <remarks>
    /// A view of the text compiled into the assembly: reading it allocates nothing and decodes nothing, for scanning
    /// or searching a corpus without creating strings. A paragraph created from a string, or a corpus compiled before
    /// C# 11, encodes the text into a new array instead. The view is valid while the corpus's assembly is loaded.
    /// </remarks>
    public ReadOnlySpan<byte> Utf8Text => _source is null ? Utf8Codec.Encode(_text) : _source.Utf8(_sourceStart, _sourceLength);

    /// <inheritdoc />
    public override string ToString() => Text;
}
