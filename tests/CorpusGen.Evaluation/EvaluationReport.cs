using System.Collections.Generic;
using System.Globalization;

namespace CorpusGen.Evaluation;

/// <summary>The figures score.py prints, kind accuracy beside them, and every miss.</summary>
internal sealed class EvaluationReport
{
    public int Articles { get; set; }

    public int HeadlinesRight { get; set; }

    public Counts Exact { get; } = new();

    public Counts Overlap { get; } = new();

    public int StrictQuotes { get; set; }

    public int StrictFound { get; set; }

    public int StrictRight { get; set; }

    public int KindsCompared { get; set; }

    public int KindsRight { get; set; }

    public int BadParagraphs { get; set; }

    public List<string> Misses { get; } = new();

    /// <summary>Over strict gold quotes found by overlap: how many each attribution decided, and how many of those rightly.</summary>
    public SortedDictionary<string, (int Decided, int Right)> ByAttribution { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The same per attribution sieve.</summary>
    public SortedDictionary<string, (int Decided, int Right)> BySieve { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Per attribution: its precision, and its coverage of the strict quotes found.</summary>
    public IEnumerable<string> AttributionLines => Breakdown("attribution", ByAttribution);

    /// <summary>Per sieve: its precision, and its coverage of the strict quotes found.</summary>
    public IEnumerable<string> SieveLines => Breakdown("sieve", BySieve);

    public static void Tally(SortedDictionary<string, (int Decided, int Right)> tallies, string key, bool right)
    {
        tallies.TryGetValue(key, out var tally);
        tallies[key] = (tally.Decided + 1, tally.Right + (right ? 1 : 0));
    }

    private IEnumerable<string> Breakdown(string label, SortedDictionary<string, (int Decided, int Right)> tallies)
    {
        foreach (var (key, (decided, right)) in tallies)
        {
            yield return string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}: {2}/{3} right ({4:F3}), {5:F3} of strict quotes found",
                label, key, right, decided, decided == 0 ? 0 : (double)right / decided, StrictFound == 0 ? 0 : (double)decided / StrictFound);
        }
    }

    public double StrictEndToEnd => StrictQuotes == 0 ? 0 : (double)StrictRight / StrictQuotes;

    public double StrictGivenFound => StrictFound == 0 ? 0 : (double)StrictRight / StrictFound;

    public double KindAccuracy => KindsCompared == 0 ? 0 : (double)KindsRight / KindsCompared;

    /// <summary>score.py's summary line, to the character.</summary>
    public string ScoreLine => string.Format(
        CultureInfo.InvariantCulture,
        "headline={0}/{1} exactF1={2:F3} overlapF1={3:F3} strictE2E={4}/{5} ({6:F3}) strictGivenFound={4}/{7} ({8:F3}) paragraphs={9}",
        HeadlinesRight, Articles, Exact.F1, Overlap.F1, StrictRight, StrictQuotes, StrictEndToEnd, StrictFound, StrictGivenFound,
        BadParagraphs == 0 ? "ok" : BadParagraphs.ToString(CultureInfo.InvariantCulture) + " bad");

    public string KindLine => string.Format(CultureInfo.InvariantCulture, "kind={0}/{1} ({2:F3}) over quotes found by overlap", KindsRight, KindsCompared, KindAccuracy);

    /// <summary>True, false and missed positives of one way of matching quotes.</summary>
    internal sealed class Counts
    {
        public int Found { get; set; }

        public int Extra { get; set; }

        public int Missed { get; set; }

        public double Precision => Found + Extra == 0 ? 0 : (double)Found / (Found + Extra);

        public double Recall => Found + Missed == 0 ? 0 : (double)Found / (Found + Missed);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
