namespace CorpusGen.Generator.Model;

/// <summary>
/// Where text lies in an article's file, as editors count: lines and columns from 1, the end just past the last
/// character. Plain numbers, so the parser computes it without Roslyn and the pipeline caches it.
/// </summary>
internal readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The file's first character, for an article with no text to point at.</summary>
    public static readonly SourceSpan FileStart = new(1, 1, 1, 1);

    /// <summary>The span from <paramref name="start"/> to just past <paramref name="end"/>'s character.</summary>
    public static SourceSpan Between(SourcePosition start, SourcePosition end) => new(start.Line, start.Column, end.Line, end.Column + 1);
}
