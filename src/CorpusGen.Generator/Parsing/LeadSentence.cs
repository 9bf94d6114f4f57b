namespace CorpusGen.Generator.Parsing;

/// <summary>
/// The first sentence of a paragraph, for documentation: it ends at a '.', '!' or '?' followed by a
/// space and a capital letter, unless the period ends an abbreviation ("St. Petersburg"), and is cut
/// at a word boundary, with an ellipsis, when it runs past <see cref="MaxLength"/> characters.
/// </summary>
internal static class LeadSentence
{
    public const int MaxLength = 200;

    public static string Of(string paragraph)
    {
        var limit = System.Math.Min(paragraph.Length, MaxLength);
        for (var i = 0; i < limit; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && EndsSentence(paragraph, i))
            {
                return paragraph.Substring(0, i + 1);
            }
        }

        if (paragraph.Length <= MaxLength)
        {
            return paragraph;
        }

        var cut = paragraph.LastIndexOf(' ', MaxLength);
        return paragraph.Substring(0, cut > 0 ? cut : MaxLength).TrimEnd(',', ';', ':', ' ') + "\u2026";
    }

    private static bool EndsSentence(string text, int index)
    {
        if (index + 2 >= text.Length || text[index + 1] != ' ' || !char.IsUpper(text[index + 2]))
        {
            return false;
        }

        if (text[index] != '.')
        {
            return true;
        }

        var wordStart = text.LastIndexOf(' ', index) + 1;
        var word = text.Substring(wordStart, index - wordStart + 1);
        // "U.S." and single initials: a period inside a word, or after one capital letter, ends no sentence.
        var isInitial = word.Length == 2 && char.IsUpper(word[0]);
        return !isInitial && word.IndexOf('.') == word.Length - 1 && !Abbreviations.NonTerminal.Contains(word);
    }
}
