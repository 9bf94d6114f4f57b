using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Evaluation;
using Xunit;

namespace CorpusGen.Tests.Evaluation;

/// <summary>The evaluation command scores as ../shared/eval/score.py does, on articles and gold written for these tests.</summary>
public sealed class ScorerTests
{
    private const string Gold = """
        {
          "harbour.txt": {
            "headline": "Harbour bridge reopens",
            "quotes": [
              {"text": "We are open again.", "speaker": ["ortega"], "strict": true, "kind": "direct"},
              {"text": "Traffic will be light at first", "speaker": ["ortega"], "strict": true, "kind": "direct"},
              {"text": "temporary", "speaker": null, "strict": false, "kind": "phrase"}
            ],
            "no_paragraph_ends_with": ["the harbour"]
          },
          "rights.txt": {
            "headline": null,
            "quotes": [
              {"text": "irresponsible", "speaker": [["human", "rights"], ["ihrc"]], "strict": true, "kind": "direct"},
              {"text": "We will appeal", "speaker": ["dunmore"], "strict": true, "kind": "direct"}
            ]
          },
          "absent.txt": {
            "headline": "Not parsed",
            "quotes": [ {"text": "Nobody said this", "speaker": ["nobody"], "strict": true, "kind": "direct"} ]
          }
        }
        """;

    [Fact]
    public void TheFiguresAreScorePysOnHandCountedArticles()
    {
        var predicted = new Dictionary<string, PredictedArticle>
        {
            ["harbour.txt"] = new("harbour.txt", "Harbour bridge reopens", new[] { "It crosses the harbour", "Second." }, new[]
            {
                new PredictedQuote("We are open again.", "Ines Ortega", "direct", "beside", "trailing-attribution"),
                new PredictedQuote("Traffic will be light at first. It will grow", "Sam Obi", "direct", "pronoun", "trailing-attribution"),
                new PredictedQuote("temporary", null, "direct"),
            }),
            ["rights"] = new("rights.txt", string.Empty, System.Array.Empty<string>(), new[]
            {
                new PredictedQuote("\u201Cirresponsible\u2019\u2019", "IHRC spokesman", "phrase", "reporting-verb"),
                new PredictedQuote("a stray phrase", null, "phrase"),
            }),
        };

        var report = Scorer.Score(GoldFile.Parse(Gold), predicted);

        // Exact: 3 found (open again, temporary, irresponsible), 2 extra, 3 missed. Overlap: 4 found, 1 extra, 2 missed.
        Assert.Equal((3, 2, 3), (report.Exact.Found, report.Exact.Extra, report.Exact.Missed));
        Assert.Equal((4, 1, 2), (report.Overlap.Found, report.Overlap.Extra, report.Overlap.Missed));
        // Strict: 5 in all; 3 found by overlap, of which Ortega and IHRC are right.
        Assert.Equal((5, 3, 2), (report.StrictQuotes, report.StrictFound, report.StrictRight));
        Assert.Equal(2, report.HeadlinesRight);
        Assert.Equal(1, report.BadParagraphs);
        Assert.Equal((4, 2), (report.KindsCompared, report.KindsRight));
        Assert.Equal(
            "headline=2/3 exactF1=0.545 overlapF1=0.727 strictE2E=2/5 (0.400) strictGivenFound=2/3 (0.667) paragraphs=1 bad",
            report.ScoreLine);
        Assert.Equal(
            new[]
            {
                "attribution beside: 1/1 right (1.000), 0.333 of strict quotes found",
                "attribution pronoun: 0/1 right (0.000), 0.333 of strict quotes found",
                "attribution reporting-verb: 1/1 right (1.000), 0.333 of strict quotes found",
            },
            report.AttributionLines);
        Assert.Equal(
            new[]
            {
                "sieve none: 1/1 right (1.000), 0.333 of strict quotes found",
                "sieve trailing-attribution: 1/2 right (0.500), 0.667 of strict quotes found",
            },
            report.SieveLines);
        Assert.Contains("absent.txt: MISSING", report.Misses);
        Assert.Contains(report.Misses, miss => miss.StartsWith("harbour.txt: speaker \u201CSam Obi\u201D want [ortega]", System.StringComparison.Ordinal));
        Assert.Contains(report.Misses, miss => miss.StartsWith("rights.txt: missed strict quote \u201CWe will appeal", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IHRC spokesman", true)]
    [InlineData("the Human Rights Commission", true)]
    [InlineData("Rights group", false)]
    [InlineData(null, false)]
    public void ASpeakerIsRightWhenItHoldsEveryTokenOfOneAlternative(string? speaker, bool right)
        => Assert.Equal(right, Scorer.IsRightSpeaker(speaker, new[] { new[] { "human", "rights" }, new[] { "ihrc" } }));

    [Theory]
    [InlineData("  \u201CWe  are\nopen.\u201D ", "We are open")]
    [InlineData("Cafe\u0301 closes,\u2019\u2019", "Caf\u00E9 closes")]
    [InlineData("'done!'", "done")]
    public void TextsAreComparedAsScorePyNormalizesThem(string text, string normalized)
        => Assert.Equal(normalized, QuoteText.Normalize(text));

    [Theory]
    [InlineData("We will win the vote", "We will win the vote and then some", true)]
    [InlineData("the budget passed on Tuesday", "on Tuesday the budget passed easily", true)]
    [InlineData("the budget passed on Tuesday", "nothing alike here at all", false)]
    public void OverlapIsContainmentOrHalfTheWords(string left, string right, bool overlaps)
        => Assert.Equal(overlaps, QuoteText.Overlaps(QuoteText.Normalize(left), QuoteText.Normalize(right)));

    [Fact]
    public void AFolderIsParsedWithTheGeneratorsParser()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpusgen-evaluation-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "news"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "news", "harbour.txt"), "Harbour bridge reopens\n\n\u201CWe are open again,\u201D said Mayor Ines Ortega.\n");
            File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), System.Text.Encoding.Latin1.GetBytes("Caf\u00E9 closes\n\nThe caf\u00E9 closed.\n"));

            var articles = FolderParser.Parse(folder);

            Assert.Equal(new[] { "harbour.txt", "latin1.txt" }, articles.Keys.OrderBy(name => name, System.StringComparer.Ordinal));
            var quote = Assert.Single(articles["harbour.txt"].Quotes);
            Assert.Equal(("We are open again,", "Ines Ortega", "direct"), (quote.Text, quote.Speaker, quote.Kind));
            Assert.Equal("Caf\uFFFD closes", articles["latin1.txt"].Headline);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AQuoteOverTwoParagraphsIsOneEntryPerParagraphAsTheGuideCountsThem()
    {
        var parsed = CorpusGen.Generator.Parsing.ArticleParser.Parse("Ferry resumes\n\nTomas Lind said: \u201CThe ferry is back.\n\n\u201CIt runs every hour from Monday.\u201D\n");

        var prediction = FolderParser.ToPrediction("ferry.txt", parsed);

        Assert.Single(parsed.Quotes);
        Assert.Equal(
            new (string, string?)[] { ("The ferry is back.", "Tomas Lind"), ("It runs every hour from Monday.", "Tomas Lind") },
            prediction.Quotes.Select(quote => (quote.Text, quote.Speaker)));
    }
}
