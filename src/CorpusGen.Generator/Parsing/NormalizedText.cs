using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// An article's text with a BOM removed, every line ending turned into '\n', tabs and other space
/// characters turned into ' ', and lone surrogates turned into U+FFFD. Remembers where characters were removed so that any offset
/// maps back to the text the parser was given, for diagnostics.
/// </summary>
internal sealed class NormalizedText
{
    // Normalized offsets at which one original character was dropped, ascending.
    private readonly int[] _removedAt;

    private NormalizedText(string text, int[] removedAt)
    {
        Text = text;
        _removedAt = removedAt;
    }

    public string Text { get; }

    public static NormalizedText From(string original, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (IsAlreadyNormal(original))
        {
            return new NormalizedText(original, Array.Empty<int>());
        }

        var builder = new StringBuilder(original.Length);
        var removedAt = new List<int>();
        for (var i = 0; i < original.Length; i++)
        {
            if ((i & CancellationCheck.Interval) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = original[i];
            if (c == '\uFEFF' && i == 0)
            {
                removedAt.Add(builder.Length);
            }
            else if (c == '\r')
            {
                if (i + 1 < original.Length && original[i + 1] == '\n')
                {
                    removedAt.Add(builder.Length);
                }
                else
                {
                    builder.Append('\n');
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                builder.Append(c).Append(original[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot be encoded as UTF-8: it is what a decoder makes of broken bytes.
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(IsSpace(c) ? ' ' : c);
            }
        }

        return new NormalizedText(builder.ToString(), removedAt.ToArray());
    }

    /// <summary>Maps an offset in <see cref="Text"/> to the offset of the same character in the original text.</summary>
    public int ToOriginal(int offset)
    {
        // Count removals at or before the offset: upper bound of offset in _removedAt.
        int low = 0, high = _removedAt.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_removedAt[middle] <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return offset + low;
    }

    private static bool IsAlreadyNormal(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 ? c == '\r' || c == '\t' : c == '\uFEFF' || char.IsSurrogate(c) || IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c)
        => c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
            || c == '\u1680' || c == '\u205F' || (c >= '\u2000' && c <= '\u200A');
}
