using System;
using System.Linq;
using CorpusGen;
using Xunit;

namespace FixtureTests;

/// <summary>How a test suite uses fixture articles through the generated types: no file reading, no parsing.</summary>
public sealed class FixtureArticleTests
{
    public static TheoryData<string> ArticleIds => new(Fixtures.All.Select(article => article.Id));

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void EveryFixtureHasABody(string id)
    {
        var article = Fixtures.Find(id)!;
        Assert.NotEmpty(article.Paragraphs);
        Assert.True(article.WordCount > 10);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void EveryQuoteIsTheTextAtItsRange(string id)
    {
        var article = Fixtures.Find(id)!;
        Assert.All(article.Quotes, quote => Assert.Equal(quote.Text, article.Paragraphs[quote.ParagraphIndex].Text.Substring(quote.Start, quote.Length)));
    }

    [Fact]
    public void FixturesAreListedInFileNameOrder()
        => Assert.Equal(new[] { "budget-vote", "storm-closures", "world/summit" }, Fixtures.All.Select(article => article.Id));

    [Fact]
    public void BudgetVoteQuotesTheMayorAndACouncilMember()
    {
        var article = Fixtures.Budget_vote;
        Assert.Equal("City Council Approves New Budget", article.Headline);
        Assert.Equal(
            new (string Text, string? Speaker, QuoteKind Kind)[]
            {
                ("This budget keeps our libraries open,", "Linda Park", QuoteKind.Direct),
                ("It also fixes the roads.", "Linda Park", QuoteKind.Direct),
                ("a good start", "David Ortiz", QuoteKind.Phrase),
                ("the transit system still needs far more money than this.", "David Ortiz", QuoteKind.Direct),
            },
            article.Quotes.Select(quote => (quote.Text, quote.Speaker, quote.Kind)));
    }

    [Fact]
    public void StraightQuotesAndPossessivesAreRead()
    {
        var article = Fixtures.Storm_closures;
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We will reopen as soon as the roads are safe,", quote.Text);
        Assert.Equal("Karen Bell", quote.Speaker);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.Text == "Residents' homes lost power overnight.");
    }

    [Fact]
    public void ArticleWithoutHeadlineStartsWithItsBody()
    {
        var article = Fixtures.World_summit;
        Assert.Null(article.Headline);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("a senior European diplomat", article.Quotes.Single().Speaker);
    }

    [Fact]
    public void PropertiesReturnTheSameInstance() => Assert.Same(Fixtures.Budget_vote, Fixtures.Find("budget-vote"));

    [Fact]
    public void FindRejectsNull() => Assert.Throws<ArgumentNullException>(() => Fixtures.Find(null!));
}
