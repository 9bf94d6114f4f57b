namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Decides whether an article's first line is a headline: it reads as a title (no sentence-final
/// period, short) and a blank line separates it from the body.
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

        if (last < 0 || text[last] == '.' || text[last] == ',' || text[last] == ';' || text[last] == ':')
        {
            return false;
        }

        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0]) && !QuoteMarks.IsQuoteMark(text[0]))
        {
            return false;
        }

        return WordCounter.Count(text) <= MaxWords;
    }
}
