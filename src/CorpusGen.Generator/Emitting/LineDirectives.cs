using System.Globalization;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// <c>#line</c> directives that map a generated declaration to the text it comes from, as the Razor generator maps
/// C# to <c>.razor</c> files: Go to Definition and the declaration's mapped location then lead to the <c>.txt</c> file.
/// The path is the file's absolute path, as the compiler and the editor resolve no other.
/// </summary>
internal static class LineDirectives
{
    public const string Default = "#line default";

    // The largest line and column a directive may name (the C# compiler's limits).
    private const int MaxLine = 16_707_565;
    private const int MaxColumn = 65_536;

    /// <summary>
    /// A directive mapping the next line, from its 1-based column <paramref name="column"/>, to <paramref name="span"/>
    /// of <paramref name="path"/>; null when the path cannot be written in a directive, which has no escapes.
    /// </summary>
    public static string? MapNextLine(string path, SourceSpan span, int column, CodeStyle style)
    {
        foreach (var c in path)
        {
            // A directive's file name ends at a quote or at any line break the compiler knows, and takes no escapes.
            if (c == '"' || char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                return null;
            }
        }

        if (span.StartLine > MaxLine || span.EndLine > MaxLine)
        {
            return null;
        }

        var file = "\"" + path + "\"";
        if (!style.LineSpanDirectives || span.StartColumn > MaxColumn || column > MaxColumn)
        {
            // Before C# 10 a directive maps lines only, as it does past the columns a span directive can name;
            // the column stays the generated one.
            return "#line " + Number(span.StartLine) + " " + file;
        }

        // The end is the span's last character, as the compiler reads it; a line longer than a directive can name ends at its limit.
        var endColumn = span.EndLine > span.StartLine ? span.EndColumn - 1 : System.Math.Max(span.StartColumn, span.EndColumn - 1);
        endColumn = System.Math.Min(System.Math.Max(1, endColumn), MaxColumn);
        return "#line (" + Number(span.StartLine) + ", " + Number(span.StartColumn) + ") - (" + Number(span.EndLine) + ", " + Number(endColumn) + ") "
            + Number(column) + " " + file;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
