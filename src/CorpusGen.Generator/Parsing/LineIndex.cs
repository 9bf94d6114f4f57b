using System;
using System.Collections.Generic;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Where each line of a text starts, so that any offset turns into a line and column in one binary search. Lines end
/// where the compiler's and an editor's do ("\r\n", "\n", "\r", U+0085, U+2028, U+2029), and a byte order mark takes
/// no column.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    private LineIndex(int[] lineStarts)
    {
        _lineStarts = lineStarts;
    }

    public static LineIndex Of(string text)
    {
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return new LineIndex(starts.ToArray());
    }

    /// <summary>The line and column, from 1, of the character at <paramref name="offset"/>.</summary>
    public SourcePosition PositionOf(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, Math.Max(offset - _lineStarts[line], 0) + 1);
    }
}
