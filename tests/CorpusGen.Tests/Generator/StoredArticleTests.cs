using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Tests.Hostile;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The pipeline keeps each parsed article as UTF-8 with its quotes as ranges (<see cref="StoredArticle"/>): it must
/// give back exactly the parser's model, and compare by value so that the steps after it cache.
/// </summary>
public sealed class StoredArticleTests
{
    // Invented: text beyond the Basic Multilingual Plane, a quote across paragraphs (no slice of one paragraph), a
    // nested quote, a byline, a quote whose speaker is unknown.
    private const string Invented =
        "Zoë's Café Wins 🎉 Award\n\nBy Ana Ruiz\n\n\u201CWe never expected it,\u201D said owner Zoë Brandt. \u201CMy aunt said \u2018keep going\u2019 every day.\u201D\n\n"
        + "\"The kitchen worked late all year.\n\n\"Nobody complained,\" Brandt said.\n\nA sign read \u201Cclosed for the party\u201D.\n";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Invented };
        foreach (var seed in GeneratorHarness.Seeds())
        {
            data.Add(seed.GetText()!.ToString());
        }

        foreach (var article in new CorpusGen.Synthesis.CorpusSynthesizer(seed: 9).Articles(20))
        {
            data.Add(article.Text);
        }

        foreach (var file in HostileCorpus.All.SelectMany(hostile => hostile.Files).Where(file => file.Bytes.Length < 100_000))
        {
            data.Add(Encoding.UTF8.GetString(file.Bytes));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheStoredArticleGivesBackTheParsersModelExactly(string text)
    {
        var parsed = ArticleParser.Parse(text);
        var stored = StoredArticle.From(parsed);

        Assert.Equal(parsed with { Problems = default }, stored.ToParsed() with { Problems = default });
        Assert.Equal(parsed.Headline, stored.Headline);
        Assert.Equal(parsed.Paragraphs.Count, stored.ParagraphCount);
        Assert.Equal(parsed.CharacterCount, stored.CharacterCount);
        Assert.Equal(parsed.WordCount, stored.WordCount);
    }

    [Fact]
    public void AQuoteAcrossParagraphsIsStoredAsTextOfItsOwnAndAnyOtherAsARange()
    {
        var stored = StoredArticle.From(ArticleParser.Parse(Invented));

        Assert.Contains(stored.Quotes, quote => quote.EndParagraphIndex != quote.ParagraphIndex && quote.TextPiece >= 0);
        Assert.All(stored.Quotes.Where(quote => quote.EndParagraphIndex == quote.ParagraphIndex), quote => Assert.Equal(-1, quote.TextPiece));
    }

    [Fact]
    public void StoredArticlesCompareByValue()
    {
        var first = StoredArticle.From(ArticleParser.Parse(Invented));
        var again = StoredArticle.From(ArticleParser.Parse(Invented));
        var edited = StoredArticle.From(ArticleParser.Parse(Invented.Replace("late", "long", System.StringComparison.Ordinal)));

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(first, edited);
        Assert.Equal(2, new HashSet<StoredArticle> { first, again, edited }.Count);
    }
}
