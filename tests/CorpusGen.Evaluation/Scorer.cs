using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Evaluation;

/// <summary>
/// Scores predicted articles against gold ones exactly as ../shared/eval/score.py does: quotes matched greedily in
/// gold order, exactly or by overlap; speakers over strict gold quotes, end to end and given found; headlines;
/// paragraphs wrongly cut. Kind accuracy is counted over the quotes found by overlap.
/// </summary>
internal static class Scorer
{
    public static EvaluationReport Score(IReadOnlyList<GoldArticle> gold, IReadOnlyDictionary<string, PredictedArticle> predicted)
    {
        var report = new EvaluationReport();
        foreach (var expected in gold)
        {
            report.Articles++;
            var strict = expected.Quotes.Select((quote, index) => (quote, index)).Where(pair => pair.quote.Strict).Select(pair => pair.index).ToList();
            report.StrictQuotes += strict.Count;
            if (!predicted.TryGetValue(expected.FileName, out var article) && !predicted.TryGetValue(WithoutExtension(expected.FileName), out article))
            {
                report.Exact.Missed += expected.Quotes.Count;
                report.Overlap.Missed += expected.Quotes.Count;
                report.Misses.Add($"{expected.FileName}: MISSING");
                continue;
            }

            var headlineRight = expected.Headline is null
                ? string.IsNullOrEmpty(article.Headline)
                : QuoteText.Normalize(article.Headline) == QuoteText.Normalize(expected.Headline);
            report.HeadlinesRight += headlineRight ? 1 : 0;

            var exact = Match(expected.Quotes, article.Quotes, (left, right) => left == right);
            var overlap = Match(expected.Quotes, article.Quotes, QuoteText.Overlaps);
            Count(report.Exact, exact.Count, expected.Quotes.Count, article.Quotes.Count);
            Count(report.Overlap, overlap.Count, expected.Quotes.Count, article.Quotes.Count);

            foreach (var index in strict)
            {
                if (!overlap.TryGetValue(index, out var found))
                {
                    report.Misses.Add($"{expected.FileName}: missed strict quote \u201C{Short(expected.Quotes[index].Text, 60)}\u201D");
                    continue;
                }

                report.StrictFound++;
                var speaker = article.Quotes[found].Speaker;
                var right = IsRightSpeaker(speaker, expected.Quotes[index].SpeakerAlternatives);
                EvaluationReport.Tally(report.ByAttribution, article.Quotes[found].Attribution, right);
                EvaluationReport.Tally(report.BySieve, article.Quotes[found].Sieve, right);
                if (right)
                {
                    report.StrictRight++;
                }
                else
                {
                    report.Misses.Add($"{expected.FileName}: speaker {Show(speaker)} want {ShowTokens(expected.Quotes[index].SpeakerAlternatives)} for \u201C{Short(expected.Quotes[index].Text, 50)}\u201D");
                }
            }

            foreach (var (goldIndex, predictedIndex) in overlap)
            {
                report.KindsCompared++;
                if (string.Equals(expected.Quotes[goldIndex].Kind, article.Quotes[predictedIndex].Kind, StringComparison.Ordinal))
                {
                    report.KindsRight++;
                }
                else
                {
                    report.Misses.Add($"{expected.FileName}: kind {article.Quotes[predictedIndex].Kind} want {expected.Quotes[goldIndex].Kind} for \u201C{Short(expected.Quotes[goldIndex].Text, 50)}\u201D");
                }
            }

            foreach (var end in expected.NoParagraphEndsWith)
            {
                report.BadParagraphs += article.Paragraphs.Count(paragraph => paragraph.TrimEnd().EndsWith(end, StringComparison.Ordinal));
            }

            if (!headlineRight)
            {
                report.Misses.Add($"{expected.FileName}: headline {Show(article.Headline)}");
            }

            var matched = overlap.Values.ToHashSet();
            for (var i = 0; i < article.Quotes.Count; i++)
            {
                if (!matched.Contains(i))
                {
                    report.Misses.Add($"{expected.FileName}: extra \u201C{Short(QuoteText.Normalize(article.Quotes[i].Text), 60)}\u201D");
                }
            }
        }

        return report;
    }

    /// <summary>A speaker is right when it holds every token of one alternative, ignoring case (score.py's speaker_ok).</summary>
    public static bool IsRightSpeaker(string? speaker, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        if (string.IsNullOrEmpty(speaker))
        {
            return false;
        }

        var lower = speaker!.ToLowerInvariant();
        return alternatives.Count == 0 || alternatives.Any(tokens => tokens.All(token => lower.Contains(token, StringComparison.Ordinal)));
    }

    /// <summary>Pairs each gold quote, in order, with the first unused predicted quote that matches it.</summary>
    private static Dictionary<int, int> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<PredictedQuote> predicted, Func<string, string, bool> same)
    {
        var used = new bool[predicted.Count];
        var normalized = predicted.Select(quote => QuoteText.Normalize(quote.Text)).ToArray();
        var pairs = new Dictionary<int, int>();
        for (var g = 0; g < gold.Count; g++)
        {
            var text = QuoteText.Normalize(gold[g].Text);
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && same(text, normalized[p]))
                {
                    used[p] = true;
                    pairs[g] = p;
                    break;
                }
            }
        }

        return pairs;
    }

    private static void Count(EvaluationReport.Counts counts, int found, int gold, int predicted)
    {
        counts.Found += found;
        counts.Extra += predicted - found;
        counts.Missed += gold - found;
    }

    private static string WithoutExtension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot < 0 ? fileName : fileName.Substring(0, dot);
    }

    private static string Short(string text, int length) => text.Length <= length ? text : text.Substring(0, length);

    private static string Show(string? value) => value is null ? "null" : "\u201C" + value + "\u201D";

    private static string ShowTokens(IReadOnlyList<IReadOnlyList<string>> alternatives)
        => string.Join(" or ", alternatives.Select(tokens => "[" + string.Join(", ", tokens) + "]"));
}
