using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Headlines, paragraphs, line endings and word counts.</summary>
public sealed class TextShapeTests
{
    [Theory]
    [InlineData("Markets Rally as Rates Fall\n\nBody text.", "Markets Rally as Rates Fall")]
    [InlineData("Will Rates Fall Again?\n\nBody text.", "Will Rates Fall Again?")]
    [InlineData("Markets rallied as rates fell.\n\nBody text.", null)]
    [InlineData("Markets Rally as Rates Fall.\n\nBody text.", "Markets Rally as Rates Fall.")]
    [InlineData("Harbour Bridge Reopens After Repairs.\n\nBody text.", "Harbour Bridge Reopens After Repairs.")]
    [InlineData("Markets Rally. Rates Fall.\n\nBody text.", null)]
    [InlineData("Markets Rally as Rates Fall...\n\nBody text.", null)]
    [InlineData("The Council Voted on Tuesday to Close the Library on Main Street and Sell the Building to Developers.\n\nBody text.", null)]
    [InlineData("Markets Rally as Rates Fall\nBody text.", null)]
    [InlineData("Markets Rally as Rates Fall\n\n", null)]
    public void HeadlineIsATitleLineFollowedByABlankLine(string text, string? headline)
        => Assert.Equal(headline, ArticleParser.Parse(text).Headline);

    [Fact]
    public void MissingHeadlineIsReportedAtTheFirstLine()
    {
        var article = ArticleParser.Parse("\n\nFirst sentence here.\nSecond line.");
        var problem = Assert.Single(article.Problems);
        Assert.Equal(ParseProblemKind.MissingHeadline, problem.Kind);
        Assert.Equal(2, problem.Start);
        Assert.Equal("First sentence here.".Length, problem.Length);
    }

    [Fact]
    public void BlankLinesAndSingleNewlinesBothSplitParagraphs()
    {
        var article = ArticleParser.Parse("Title\n\nOne.\nTwo.\n\n\n\nThree.\n\n\n");
        Assert.Equal(new[] { "One.", "Two.", "Three." }, article.Paragraphs);
    }

    [Theory]
    [InlineData("   \n\t\n")]
    [InlineData("")]
    public void EmptyTextIsReported(string text)
    {
        var article = ArticleParser.Parse(text);
        Assert.Empty(article.Paragraphs);
        Assert.Equal(ParseProblemKind.EmptyArticle, Assert.Single(article.Problems).Kind);
    }

    [Fact]
    public void BomCrLfTabsAndNoBreakSpacesGiveTheSameRecords()
    {
        const string clean = "Title Here\n\nAnna Smith spoke. \u2018We are ready,\u2019 she said.\nSecond paragraph.";
        const string messy = "\uFEFFTitle Here\r\n\r\n\tAnna Smith spoke.\u00A0\u2018We are ready,\u2019 she said.\rSecond paragraph.\r\n\r\n";
        var expected = ArticleParser.Parse(clean);
        var actual = ArticleParser.Parse(messy);
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        // The same quotes, each where the messy file holds it: the tab moves the second paragraph's one column on.
        Assert.Equal(expected.Quotes.Select(quote => quote with { Position = default }), actual.Quotes.Select(quote => quote with { Position = default }));
        Assert.Equal([new SourcePosition(3, 20)], expected.Quotes.Select(quote => quote.Position));
        Assert.Equal([new SourcePosition(3, 21)], actual.Quotes.Select(quote => quote.Position));
        Assert.Equal(new SourceSpan(1, 1, 1, 11), actual.Summary);
    }

    [Fact]
    public void ProblemOffsetsPointIntoTheOriginalText()
    {
        const string text = "\uFEFFFirst line.\r\n\r\nSecond \u2018never closed\r\n";
        var problem = ArticleParser.Parse(text).Problems.Single(problem => problem.Kind == ParseProblemKind.UnclosedQuote);
        Assert.Equal(text.IndexOf('\u2018', System.StringComparison.Ordinal), problem.Start);
    }

    [Theory]
    [InlineData("Russia\u2019s so-called war\u2014a test", 5)]
    [InlineData("  one  two\tthree ", 3)]
    [InlineData("\u2014 \u2026 !", 0)]
    public void WordsAreCountedByLettersAndDigits(string text, int count) => Assert.Equal(count, WordCounter.Count(text));

    [Fact]
    public void ParagraphsAndQuotesRoundTrip()
    {
        var article = ArticleParser.Parse("Title\n\n\u201CA \u2018nested\u2019 quote,\u201D said John Smith. \"Another.\"");
        foreach (var quote in article.Quotes)
        {
            Assert.Equal(quote.Text, article.Paragraphs[quote.ParagraphIndex].Substring(quote.Start, quote.Length));
        }

        Assert.Equal(3, article.Quotes.Count);
    }
}
