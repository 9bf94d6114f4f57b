using System;
using System.Collections.Generic;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Where each line of a text starts, so that any offset turns into a line and column in one binary search. "\r\n",
/// "\n" and "\r" end lines, and a byte order mark takes no column, as in an editor.
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
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
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
