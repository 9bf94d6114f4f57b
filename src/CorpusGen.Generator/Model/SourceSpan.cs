namespace CorpusGen.Generator.Model;

/// <summary>
/// Where text lies in an article's file, as editors count: lines and columns from 1, the end just past the last
/// character. Plain numbers, so the parser computes it without Roslyn and the pipeline caches it.
/// </summary>
internal readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The file's first character, for an article with no text to point at.</summary>
    public static readonly SourceSpan FileStart = new(1, 1, 1, 1);

    /// <summary>The span of <paramref name="length"/> characters from <paramref name="start"/> in <paramref name="text"/>; "\r\n", "\n" and "\r" end lines.</summary>
    public static SourceSpan Of(string text, int start, int length)
    {
        var (startLine, startColumn) = PositionOf(text, 0, 1, 1, start);
        var (endLine, endColumn) = PositionOf(text, start, startLine, startColumn, start + length);
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    private static (int Line, int Column) PositionOf(string text, int from, int line, int column, int to)
    {
        to = System.Math.Min(to, text.Length);
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return (line, column);
    }
}
