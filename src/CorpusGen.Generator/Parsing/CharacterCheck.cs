using System.Collections.Generic;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Finds characters a text file of news should not hold, in the text as the compiler decoded it:
/// binary data, bytes that were not UTF-8, and control characters. Each kind is reported once per
/// article, at its first occurrence, with a count, so a damaged file gives one line of output, not thousands.
/// </summary>
internal static class CharacterCheck
{
    /// <summary>
    /// True when the text holds two NUL characters in a row (the test Roslyn uses to tell binary files from
    /// text), or when more than one character in ten is NUL (UTF-16 text saved without a byte order mark,
    /// whose NULs alternate). A stray NUL is a control character, kept and reported as such.
    /// </summary>
    public static bool IsBinary(string text, out int offset)
    {
        offset = text.IndexOf('\0');
        if (offset < 0)
        {
            return false;
        }

        if (text.IndexOf("\0\0", offset, System.StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var nuls = 0;
        for (var i = offset; i < text.Length; i++)
        {
            nuls += text[i] == '\0' ? 1 : 0;
        }

        return nuls * 10L > text.Length;
    }

    public static void Find(string text, List<ParseProblem> problems, CancellationToken cancellationToken = default)
    {
        int undecodable = 0, firstUndecodable = -1;
        int controls = 0, firstControl = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & CancellationCheck.Interval) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (IsControl(c))
            {
                controls++;
                firstControl = firstControl < 0 ? i : firstControl;
            }
            else if (c == '\uFFFD' || IsLoneSurrogate(text, i))
            {
                undecodable++;
                firstUndecodable = firstUndecodable < 0 ? i : firstUndecodable;
            }
            else if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        if (undecodable > 0)
        {
            problems.Add(new ParseProblem(ParseProblemKind.UndecodableText, firstUndecodable, 1, undecodable));
        }

        if (controls > 0)
        {
            problems.Add(new ParseProblem(ParseProblemKind.ControlCharacters, firstControl, 1, controls));
        }
    }

    // C0 and C1 controls and DEL, but not tab, the line breaks, or NEL (U+0085), which Unicode counts as a line separator.
    private static bool IsControl(char c)
        => c < ' ' ? c != '\t' && c != '\n' && c != '\r' : (c >= '\u007F' && c <= '\u009F' && c != '\u0085');

    private static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c);
    }
}
