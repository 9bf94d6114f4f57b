using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>The parser against hand-checked annotations of every seed article (Gold/seeds.gold.json).</summary>
public sealed class SeedArticleTests
{
    private static readonly GoldCorpus Gold = GoldCorpus.Load("seeds.gold.json");

    public static TheoryData<string> SeedFiles => new(Gold.Articles.Select(article => article.File));

    [Fact]
    public void GoldCoversEverySeed()
    {
        var seeds = TestPaths.SeedFiles.Select(System.IO.Path.GetFileName).ToArray();
        Assert.Equal(seeds, Gold.Articles.Select(article => article.File).ToArray());
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void HeadlineMatchesGold(string file)
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed(file));
        Assert.Equal(GoldFor(file).Headline, article.Headline);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void ParagraphCountMatchesGold(string file)
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed(file));
        Assert.Equal(GoldFor(file).Paragraphs, article.Paragraphs.Count);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void QuotesMatchGold(string file)
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed(file));
        var expected = GoldFor(file).Quotes.Select(quote => (quote.Text, quote.Speaker, quote.Kind, quote.Paragraph)).ToArray();
        var actual = article.Quotes.Select(quote => (quote.Text, quote.Speaker, quote.Kind == ParsedQuoteKind.Direct ? "direct" : "phrase", quote.ParagraphIndex)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void EveryQuoteIsTheTextAtItsRange(string file)
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed(file));
        foreach (var quote in article.Quotes)
        {
            Assert.Equal(quote.Text, article.Paragraphs[quote.ParagraphIndex].Substring(quote.Start, quote.Length));
        }
    }

    [Fact]
    public void QuoteIsNeverCutAtAnApostrophe()
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed("002_e2eefd3d05139375.txt"));
        var quote = Assert.Single(article.Quotes, quote => quote.Text.StartsWith("The so-called", System.StringComparison.Ordinal));
        Assert.EndsWith("prevent further bloodshed.", quote.Text, System.StringComparison.Ordinal);
        Assert.Contains("Russia\u2019s intervention", quote.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void BreakAfterSaintIsJoined()
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed("002_e2eefd3d05139375.txt"));
        Assert.Contains(article.Paragraphs, paragraph => paragraph.Contains("based in St. Petersburg.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ArticlesWithoutHeadlineReportIt()
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed("003_19e43e569a86dbfd.txt"));
        var problem = Assert.Single(article.Problems);
        Assert.Equal(ParseProblemKind.MissingHeadline, problem.Kind);
        Assert.Equal(0, problem.Start);
    }

    [Fact]
    public void SeedWithoutQuotesHasNone()
    {
        var article = ArticleParser.Parse(TestPaths.ReadSeed("001_05d811e2fcdfe628.txt"));
        Assert.Empty(article.Quotes);
        Assert.Empty(article.Problems);
    }

    private static GoldArticle GoldFor(string file) => Gold.Articles.Single(article => article.File == file);
}
