using System.Linq;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Decides whether an article's first line is a headline: it reads as a title (short, and no
/// sentence-final period unless it is in title case) and a blank line separates it from the body.
/// </summary>
internal static class HeadlineDetector
{
    public const int MaxWords = 30;
    public const int MaxLength = 300;

    public static bool IsHeadline(TextBlock first, bool hasBody)
    {
        if (!hasBody || !first.PrecedesBlankLine || first.Text.Length > MaxLength)
        {
            return false;
        }

        var text = first.Text;
        var last = text.Length - 1;
        while (last >= 0 && QuoteMarks.IsQuoteMark(text[last]))
        {
            last--;
        }

        if (last < 0 || text[last] == ',' || text[last] == ';' || text[last] == ':')
        {
            return false;
        }

        if (text[last] == '.' && !IsTitleWithFullStop(text, last))
        {
            return false;
        }

        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0]) && !QuoteMarks.IsQuoteMark(text[0]))
        {
            return false;
        }

        return WordCounter.Count(text) <= MaxWords;
    }

    /// <summary>Words a title case headline keeps lower case.</summary>
    private const int ShortWordLength = 3;

    /// <summary>
    /// Some feeds end a headline with a full stop. A line ending in one still reads as a title when it is one short
    /// sentence in title case (Markets Rally as Rates Fall.), which a sentence of body text never is.
    /// </summary>
    private static bool IsTitleWithFullStop(string text, int fullStop)
    {
        if (fullStop > 0 && text[fullStop - 1] == '.')
        {
            return false;
        }

        var words = text.Substring(0, fullStop).Split(' ');
        if (words.Length > MaxTitleWords || words.Any(word => word.EndsWith(".", System.StringComparison.Ordinal) || word.EndsWith("!", System.StringComparison.Ordinal) || word.EndsWith("?", System.StringComparison.Ordinal)))
        {
            return false;
        }

        var content = words.Skip(1).Where(word => word.Length > ShortWordLength && char.IsLetter(word[0])).ToList();
        return content.Count >= 2 && content.All(word => char.IsUpper(word[0]));
    }

    /// <summary>A headline with a full stop is short: longer lines are more likely a lead sentence.</summary>
    private const int MaxTitleWords = 14;
}
