using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Generator.Model;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Scores parsed articles against gold annotations. A quote counts as found when its paragraph and
/// its exact text match a gold quote; speaker and kind accuracy are measured over found quotes.
/// </summary>
internal sealed class ExtractionScore
{
    private readonly List<string> _errors = new();

    public int Articles { get; private set; }

    public int HeadlinesRight { get; private set; }

    public int BylinesRight { get; private set; }

    public int ParagraphCountsRight { get; private set; }

    public int GoldQuotes { get; private set; }

    public int FoundQuotes { get; private set; }

    public int MatchedQuotes { get; private set; }

    public int SpeakersRight { get; private set; }

    public int KindsRight { get; private set; }

    public IReadOnlyList<string> Errors => _errors;

    public double Precision => FoundQuotes == 0 ? 1 : (double)MatchedQuotes / FoundQuotes;

    public double Recall => GoldQuotes == 0 ? 1 : (double)MatchedQuotes / GoldQuotes;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SpeakerAccuracy => MatchedQuotes == 0 ? 1 : (double)SpeakersRight / MatchedQuotes;

    public double KindAccuracy => MatchedQuotes == 0 ? 1 : (double)KindsRight / MatchedQuotes;

    public void Add(GoldArticle gold, ParsedArticle parsed)
    {
        Articles++;
        Count(gold.Headline == parsed.Headline, () => HeadlinesRight++, $"{gold.File}: headline {Show(parsed.Headline)}, gold {Show(gold.Headline)}");
        Count(gold.Byline == parsed.Byline, () => BylinesRight++, $"{gold.File}: byline {Show(parsed.Byline)}, gold {Show(gold.Byline)}");
        Count(gold.Paragraphs == parsed.Paragraphs.Count, () => ParagraphCountsRight++, $"{gold.File}: {parsed.Paragraphs.Count} paragraphs, gold {gold.Paragraphs}");

        GoldQuotes += gold.Quotes.Count;
        FoundQuotes += parsed.Quotes.Count;
        var unmatched = parsed.Quotes.ToList();
        foreach (var expected in gold.Quotes)
        {
            var match = unmatched.FirstOrDefault(quote => quote.ParagraphIndex == expected.Paragraph && quote.Text == expected.Text);
            if (match is null)
            {
                _errors.Add($"{gold.File}: missed \u00B6{expected.Paragraph} \u201C{expected.Text}\u201D");
                continue;
            }

            unmatched.Remove(match);
            MatchedQuotes++;
            Count(match.Speaker == expected.Speaker, () => SpeakersRight++, $"{gold.File}: \u201C{Short(expected.Text)}\u201D speaker {Show(match.Speaker)}, gold {Show(expected.Speaker)}");
            var kind = match.Kind == ParsedQuoteKind.Direct ? "direct" : "phrase";
            Count(kind == expected.Kind, () => KindsRight++, $"{gold.File}: \u201C{Short(expected.Text)}\u201D kind {kind}, gold {expected.Kind}");
        }

        foreach (var extra in unmatched)
        {
            _errors.Add($"{gold.File}: extra \u00B6{extra.ParagraphIndex} \u201C{extra.Text}\u201D");
        }
    }

    public string Summary(string name) => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1} articles; headlines {2}/{1}, bylines {3}/{1}, paragraph counts {4}/{1}; quotes {5} gold, {6} found, {7} matched: P {8:F3} R {9:F3} F1 {10:F3}; speaker accuracy {11:F3} ({12}/{7}); kind accuracy {13:F3}",
        name, Articles, HeadlinesRight, BylinesRight, ParagraphCountsRight, GoldQuotes, FoundQuotes, MatchedQuotes,
        Precision, Recall, F1, SpeakerAccuracy, SpeakersRight, KindAccuracy);

    private void Count(bool right, System.Action onRight, string error)
    {
        if (right)
        {
            onRight();
        }
        else
        {
            _errors.Add(error);
        }
    }

    private static string Show(string? value) => value is null ? "null" : "\u201C" + value + "\u201D";

    private static string Short(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "\u2026";
}
