using System;

namespace CorpusGen.Generator.Parsing;

/// <summary>Reads a byline: a short "By NAME" line right under the headline.</summary>
internal static class BylineDetector
{
    private const int MaxWords = 10;

    /// <summary>
    /// A byline as an article's first line: read as <see cref="Read"/> does, but only when it names a person
    /// (two to four capitalized words), so a headline such as "By Any Means Necessary?" stays a headline.
    /// </summary>
    public static string? ReadOpening(TextBlock block)
    {
        var name = Read(block);
        if (name is null)
        {
            return null;
        }

        var words = name.Split(' ');
        if (words.Length < 2 || words.Length > 4)
        {
            return null;
        }

        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return null;
            }
        }

        return name;
    }

    /// <summary>Returns the name on a byline line ("By Jane Doe, Reuters" gives "Jane Doe"), or null when the line is not one.</summary>
    public static string? Read(TextBlock block)
    {
        var text = block.Text;
        if (text.Length < 4 || !(text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("BY ", StringComparison.Ordinal)))
        {
            return null;
        }

        var name = text.Substring(3).Trim();
        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            name = name.Substring(0, comma).TrimEnd();
        }

        if (name.Length == 0 || !char.IsUpper(name[0]) || WordCounter.Count(name) > MaxWords)
        {
            return null;
        }

        foreach (var c in name)
        {
            if (QuoteMarks.IsQuoteMark(c) && c != '\'' && c != QuoteMarks.RightSingle)
            {
                return null;
            }

            if (c is '.' or '!' or '?' or ':' or ';' && name.IndexOf(c) == name.Length - 1)
            {
                return null;
            }
        }

        return name;
    }
}
