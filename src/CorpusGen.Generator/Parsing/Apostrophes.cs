namespace CorpusGen.Generator.Parsing;

/// <summary>
/// When a ’ or ' that could close a quote is an apostrophe instead: a plural possessive (the workers’ union) or an
/// elision (rock ’n’ roll, ’em, ’til).
/// </summary>
internal static class Apostrophes
{
    /// <summary>
    /// The workers’ union: after an 's', before a space and a lower-case word, and with a later mark
    /// that can still close the quote, the mark is a possessive.
    /// </summary>
    public static bool IsPluralPossessive(char before, string segment, int index)
    {
        if (before is not ('s' or 'S' or 'z') || index + 2 >= segment.Length || segment[index + 1] != ' ')
        {
            return false;
        }

        var following = segment[index + 2];
        if ((!char.IsLower(following) && !char.IsDigit(following)) || StartsFunctionWord(segment, index + 2))
        {
            // ‘Harbour Lights’ by …: a possessive is followed by what is owned, not by "by" or "was".
            return false;
        }

        var mark = segment[index];
        for (var i = index + 1; i < segment.Length; i++)
        {
            if (segment[i] == mark && i > 0 && !char.IsWhiteSpace(segment[i - 1])
                && !QuoteMarks.IsInWord(segment[i - 1], i + 1 < segment.Length ? segment[i + 1] : QuoteMarks.None))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] FunctionWords =
    {
        "by", "is", "was", "were", "are", "in", "on", "at", "to", "for", "from", "with", "as", "which", "that", "who",
        "has", "had", "have", "will", "would", "could", "can", "after", "before", "than", "into", "when", "while", "because",
    };

    private static bool StartsFunctionWord(string segment, int start) => StartsWithWord(segment, start, FunctionWords);

    /// <summary>True when one of <paramref name="words"/> starts at <paramref name="start"/> and no letter follows it.</summary>
    private static bool StartsWithWord(string segment, int start, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(segment, start, word, 0, word.Length) == 0
                && (start + word.Length == segment.Length || !char.IsLetter(segment[start + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // rock ’n’ roll: the second mark of ’n’ ends an elision, not a quote.
    public static bool IsElisionEnd(string segment, int index)
        => index >= 2 && segment[index - 1] == 'n' && (segment[index - 2] == QuoteMarks.RightSingle || segment[index - 2] == '\'')
            && (index < 3 || segment[index - 3] == ' ');

    public static bool IsLeadingElision(string segment, int start) => StartsWithWord(segment, start, LeadingElisions);

    private static readonly string[] LeadingElisions = { "em", "tis", "twas", "til", "cause", "n", "bout", "round" };
}
