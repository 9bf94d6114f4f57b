using System;

namespace CorpusGen;

/// <summary>One paragraph of an article's body.</summary>
public sealed class Paragraph
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="index">The zero-based position of the paragraph in its article.</param>
    /// <param name="text">The paragraph's text, without surrounding white space.</param>
    public Paragraph(int index, string text)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A paragraph index cannot be negative.");
        }

        Index = index;
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>Gets the zero-based position of the paragraph in its article.</summary>
    public int Index { get; }

    /// <summary>Gets the paragraph's text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
