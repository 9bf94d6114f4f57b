using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Tells reported speech from a quoted phrase: a quote is <see cref="ParsedQuoteKind.Direct"/> when an
/// attribution stands right beside it, when it reads as a sentence, or when a reporting verb
/// introduces at least <see cref="MinReportedWords"/> words; otherwise it is a phrase.
/// </summary>
internal static class QuoteKindClassifier
{
    public const int MinReportedWords = 6;
    public const int MinSentenceWords = 3;
    public const int LongSentenceWords = 8;
    private const int MaxSubtitledTitleWords = 16;

    public static ParsedQuoteKind Classify(string text, bool adjacentAttribution, bool reportedBySpeechVerb)
    {
        if (adjacentAttribution || ReadsAsSentence(text))
        {
            return ParsedQuoteKind.Direct;
        }

        return reportedBySpeechVerb && WordCounter.Count(text) >= MinReportedWords ? ParsedQuoteKind.Direct : ParsedQuoteKind.Phrase;
    }

    /// <summary>Starts with a capital and has a few words ending in sentence or clause punctuation, or many words.</summary>
    public static bool ReadsAsSentence(string text)
    {
        var trimmed = text.Trim();
        var first = 0;
        while (first < trimmed.Length && !char.IsLetterOrDigit(trimmed[first]))
        {
            first++;
        }

        if (first == trimmed.Length || !char.IsUpper(trimmed[first]))
        {
            return false;
        }

        var words = WordCounter.Count(trimmed);
        if (words < MinSentenceWords || IsTitleCase(trimmed, words))
        {
            return false;
        }

        var last = trimmed[trimmed.Length - 1];
        return words >= LongSentenceWords || last is '.' or ',' or '!' or '?' or ';' or ':' or '\u2014' or '\u2026';
    }

    /// <summary>"Safe Hands, Strong Future", "Silver from the South": a short text whose words, but for small ones, are all capitalized is a title.</summary>
    public static bool IsTitleCase(string text)
    {
        var words = WordCounter.Count(text);
        return words >= 2 && IsTitleCase(text, words);
    }

    /// <summary>"Dre,", "Brexit": one capitalized word, a name or a term.</summary>
    public static bool IsSingleCapitalizedWord(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]) && WordCounter.Count(trimmed) == 1;
    }

    private static bool IsTitleCase(string text, int words)
    {
        // "Waste Strategy 2025–2030: Options for a Sustainable Service": a title with a subtitle runs longer.
        if (words >= (text.IndexOf(':') > 0 ? MaxSubtitledTitleWords : LongSentenceWords))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || char.IsUpper(text[i]))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (!IsSmallTitleWord(text, i, end - i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSmallTitleWord(string text, int start, int length)
    {
        foreach (var word in SmallTitleWords)
        {
            if (word.Length == length && string.CompareOrdinal(word, 0, text, start, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SmallTitleWords =
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "over", "upon", "as", "vs",
    };
}
