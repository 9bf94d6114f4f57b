using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGen.Evaluation;

/// <summary>How score.py compares texts: Unicode NFC, white space collapsed, surrounding punctuation and marks trimmed.</summary>
internal static class QuoteText
{
    private const string TrimmedCharacters = " .,;:!?\"'\u201C\u201D\u2018\u2019";

    private static readonly Regex WhiteSpace = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant);

    public static string Normalize(string? text)
    {
        var normalized = (text ?? string.Empty).Normalize(NormalizationForm.FormC).Replace("\u2019\u2019", "\u201D", System.StringComparison.Ordinal);
        normalized = WhiteSpace.Replace(normalized, " ").Trim();
        return normalized.Trim(TrimmedCharacters.ToCharArray()).Trim();
    }

    /// <summary>True when one normalized text holds the other, or their word sets overlap by half or more.</summary>
    public static bool Overlaps(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        if (left.Contains(right, System.StringComparison.Ordinal) || right.Contains(left, System.StringComparison.Ordinal))
        {
            return true;
        }

        var leftWords = Words(left);
        var rightWords = Words(right);
        if (leftWords.Count == 0 || rightWords.Count == 0)
        {
            return false;
        }

        var shared = leftWords.Count(rightWords.Contains);
        var union = leftWords.Count + rightWords.Count - shared;
        return (double)shared / union >= 0.5;
    }

    private static HashSet<string> Words(string text)
        => Word.Matches(Normalize(text).ToLowerInvariant()).Select(match => match.Value).ToHashSet(System.StringComparer.Ordinal);
}
