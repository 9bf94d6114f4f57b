using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Small hand-made cases for quote marks, apostrophes, nesting and attribution.</summary>
public sealed class QuoteRulesTests
{
    [Theory]
    [InlineData("He said \u2018Russia\u2019s people don\u2019t want war\u2019 today.", "Russia\u2019s people don\u2019t want war")]
    [InlineData("\u2018Back in the \u201990s it was calm,\u2019 she said.", "Back in the \u201990s it was calm,")]
    [InlineData("\u2018I love rock \u2019n\u2019 roll,\u2019 he said.", "I love rock \u2019n\u2019 roll,")]
    [InlineData("\u2018We protect the citizens\u2019 homes from attack,\u2019 said John Smith.", "We protect the citizens\u2019 homes from attack,")]
    [InlineData("\"Don't go,\" said John Smith.", "Don't go,")]
    [InlineData("He called it 'the people's choice' yesterday.", "the people's choice")]
    public void ApostrophesDoNotEndQuotes(string paragraph, string expected)
    {
        var quote = Assert.Single(Parse(paragraph).Quotes);
        Assert.Equal(expected, quote.Text);
    }

    [Theory]
    [InlineData("The workers\u2019 union met on Monday.")]
    [InlineData("Russia\u2019s army and Ukraine\u2019s army met in the \u201990s.")]
    [InlineData("The 12\" record sold for $5.")]
    [InlineData("It was the Joneses' house.")]
    public void TextWithoutQuotesHasNone(string paragraph)
    {
        var article = Parse(paragraph);
        Assert.Empty(article.Quotes);
        Assert.DoesNotContain(article.Problems, problem => problem.Kind == ParseProblemKind.UnclosedQuote);
    }

    [Fact]
    public void ATitleEndingInSClosesBeforeAFunctionWord()
    {
        var quotes = Parse("The shortlist has \u2018Harbour Lights\u2019 by Ciara McAleese and \u2018Nine Winters\u2019 by Tomasz Nowak.").Quotes;
        Assert.Equal(new[] { "Harbour Lights", "Nine Winters" }, quotes.Select(quote => quote.Text));
    }

    [Fact]
    public void SameMarkNestsInsideItself()
    {
        var quotes = Parse("\u2018The so-called \u2018Maidan\u2019 coup was a threat,\u2019 said Sergei Petrov.").Quotes;
        Assert.Equal(new[] { "The so-called \u2018Maidan\u2019 coup was a threat,", "Maidan" }, quotes.Select(quote => quote.Text));
        Assert.Equal(ParsedQuoteKind.Direct, quotes[0].Kind);
        Assert.Equal(ParsedQuoteKind.Phrase, quotes[1].Kind);
        Assert.All(quotes, quote => Assert.Equal("Sergei Petrov", quote.Speaker));
    }

    [Theory]
    [InlineData("Mayor Ines Ortega said: \"The bridge opens on Monday. \"Traffic will be light at first.\"", "The bridge opens on Monday.", "Traffic will be light at first.")]
    [InlineData("\u201CWe lost today! \u201CNext week we win,\u201D said coach Dara Quinn.", "We lost today!", "Next week we win,")]
    [InlineData("Coach Dara Quinn said: \u201CIs it over? \u201CNot yet.\u201D", "Is it over?", "Not yet.")]
    [InlineData("\u2018We are ready. \u2018The team is fit,\u2019 said Sam Obi.", "We are ready.", "The team is fit,")]
    [InlineData("Sam Obi said: \u201CThey called it a \u2018fresh start\u2019. \u201CIt was not.\u201D", "They called it a \u2018fresh start\u2019.", "It was not.")]
    public void ASentenceEndThenAFreshOpeningMarkIsTheNextParagraphOfTheSameSpeech(string paragraph, string first, string second)
    {
        var article = Parse(paragraph);
        Assert.Equal(new[] { first, second }, article.Quotes.Where(quote => quote.Text != "fresh start").Select(quote => quote.Text));
        Assert.DoesNotContain(article.Problems, problem => problem.Kind == ParseProblemKind.UnclosedQuote);
    }

    [Theory]
    [InlineData("\u201CWe will rebuild,\u2019\u2019 said Mayor Ines Ortega.", "We will rebuild,")]
    [InlineData("\"The river is still rising,'' said Sheriff Dale Moss.", "The river is still rising,")]
    [InlineData("\u2018\u2018We are ready,\u2019\u2019 said Sam Obi.", "We are ready,")]
    [InlineData("\u201CThey called it \u2018the last stand\u2019,\u2019\u2019 said Sam Obi.", "They called it \u2018the last stand\u2019,")]
    public void TwoSingleMarksAreADoubleMark(string paragraph, string expected)
    {
        var article = Parse(paragraph);
        Assert.Equal(expected, article.Quotes[0].Text);
        Assert.DoesNotContain(article.Problems, problem => problem.Kind == ParseProblemKind.UnclosedQuote);
        Assert.NotNull(article.Quotes[0].Speaker);
    }

    [Theory]
    [InlineData("Officials said the fund \"would need \"major\" changes. The vote is in May.", "major")]
    [InlineData("Officials said the fund \u201Cwould need \u201Cmajor\u201D changes. The vote is in May.", "major")]
    public void AStrayMarkDoesNotSwallowTheRestOfItsParagraph(string paragraph, string quote)
    {
        var article = Parse(paragraph);
        var found = Assert.Single(article.Quotes);
        Assert.Equal(quote, found.Text);
        var problem = Assert.Single(article.Problems, problem => problem.Kind == ParseProblemKind.UnclosedQuote);
        Assert.Equal("Headline\n\n".Length + paragraph.IndexOf("would", System.StringComparison.Ordinal) - 1, problem.Start);
    }

    [Fact]
    public void AnOpeningMarkAfterNoSentenceEndStaysInsideTheQuote()
        => Assert.Equal(
            new[] { "The so-called \u201Cgreen deal\u201D is dead,", "green deal" },
            Parse("\u201CThe so-called \u201Cgreen deal\u201D is dead,\u201D said Sam Obi.").Quotes.Select(quote => quote.Text));

    [Fact]
    public void AlternatingMarksNest()
    {
        var quotes = Parse("Anna Smith spoke first. \u2018He told us \u201Call is well\u201D yesterday,\u2019 she said.").Quotes;
        Assert.Equal(new[] { "He told us \u201Call is well\u201D yesterday,", "all is well" }, quotes.Select(quote => quote.Text));
        Assert.Equal("Anna Smith", quotes[0].Speaker);
    }

    [Theory]
    [InlineData("\u201CI kept telling myself \u2018I won\u2019t give up,\u201D said Ruth Bell.", "I won\u2019t give up,")]
    [InlineData("\"I kept telling myself 'I won't give up,\" said Ruth Bell.", "I won't give up,")]
    public void ASingleQuoteLeftOpenEndsWithTheQuoteAroundIt(string text, string inner)
    {
        var quotes = Parse(text).Quotes;
        Assert.Equal(new[] { inner }, quotes.Skip(1).Select(quote => quote.Text));
        Assert.All(quotes, quote => Assert.Equal("Ruth Bell", quote.Speaker));
    }

    [Fact]
    public void AnElisionLeftOpenInsideAQuoteIsNoQuote()
        => Assert.Equal(new[] { "They call it 'Nam and we move on," }, Parse("Ben Ross spoke. \"They call it 'Nam and we move on,\" he said.").Quotes.Select(quote => quote.Text));

    [Fact]
    public void StraightDoubleQuotesPairUp()
    {
        var quotes = Parse("Jane Doe arrived. \"We are ready,\" she said, \"and we are waiting.\"").Quotes;
        Assert.Equal(new[] { "We are ready,", "and we are waiting." }, quotes.Select(quote => quote.Text));
        Assert.All(quotes, quote => Assert.Equal("Jane Doe", quote.Speaker));
    }

    [Theory]
    [InlineData("\u201CWe will win,\u201D said President John Adams.", "John Adams")]
    [InlineData("\u201CWe will win,\u201D John Adams said.", "John Adams")]
    [InlineData("John Adams spoke. \u201CWe will win,\u201D he said.", "John Adams")]
    [InlineData("Maria Lopez and John Adams spoke. \u201CWe will win,\u201D she said.", "Maria Lopez")]
    [InlineData("\u201CWe will win,\u201D said Mayor Andrey Kovalenko, who runs the town.", "Andrey Kovalenko")]
    [InlineData("Gen. Mark Milley spoke. Later, Milley said that the army would \u201Chold the line at all costs in the east.\u201D", "Mark Milley")]
    [InlineData("\u201CWe will win,\u201D a senior official said.", "a senior official")]
    [InlineData("The weather was cold. \u201CWe will win.\u201D", null)]
    [InlineData("\"We will not raise taxes,\" said Mayor Jane Doe on Tuesday.", "Jane Doe")]
    [InlineData("\"We won,\" said the coach, Bob Stone.", "Bob Stone")]
    [InlineData("The CEO, Linda Park, said the company was \"fine\" and \"stable.\"", "Linda Park")]
    [InlineData("Smith said \"yes\" and Jones said \"no\".", "Smith")]
    [InlineData("According to Sam Rivera, \"the deal is done.\"", "Sam Rivera")]
    [InlineData("\u201CThe offer is fair,\u201D according to Education Secretary Martin Kaye.", "Martin Kaye")]
    [InlineData("Maria Lopez arrived first. Then Tom Hanks spoke. \"The plan works,\" Lopez told reporters.", "Maria Lopez")]
    [InlineData("A spokesman, Gregory Tully, said prosecutors \u201Crespectfully disagree with the court\u2019s conclusions.\u201D", "Gregory Tully")]
    [InlineData("Hartwell\u2019s board said the offer represented \u2018full value\u2019 for shareholders.", "Hartwell\u2019s board")]
    [InlineData("Shares jumped, a price that one analyst, who asked not to be named, described as \u2018generous\u2019.", "one analyst")]
    [InlineData("In a statement, Dmitri Volkan described Anika Roth\u2019s remarks as \u2018hysterical\u2019.", "Dmitri Volkan")]
    public void SpeakerComesFromTheAttribution(string paragraph, string? speaker)
    {
        var quote = Parse(paragraph).Quotes.First();
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void SecondPartOfASplitQuoteIsSpeechBySameSpeaker()
    {
        var quotes = Parse("\"Fine,\" said Ann Novak, \"but 'fine' isn't 'good.'\"").Quotes;
        Assert.Equal(new[] { "Fine,", "but 'fine' isn't 'good.'", "fine", "good." }, quotes.Select(quote => quote.Text));
        Assert.Equal(ParsedQuoteKind.Direct, quotes[1].Kind);
        Assert.All(quotes, quote => Assert.Equal("Ann Novak", quote.Speaker));
    }

    [Theory]
    [InlineData("The workers' \"rights\" are at stake, union leader Eve Adams said.", false)]
    [InlineData("President Joe Biden said, \"No comment.\"", true)]
    [InlineData("Bees are \u201Cnot built for heat,\u201D she said.", false)]
    [InlineData("The film \"Safe Hands, Strong Future,\" opens today.", false)]
    public void KindFollowsHowTheQuoteIsUsed(string paragraph, bool direct)
        => Assert.Equal(direct ? ParsedQuoteKind.Direct : ParsedQuoteKind.Phrase, Parse(paragraph).Quotes.First().Kind);

    [Fact]
    public void PronounResolvesToTheLastPersonNamedInEarlierParagraphs()
    {
        var article = ArticleParser.Parse("Title\n\nPresident Vladimir Putin spoke on Monday.\n\n\u2018We are ready,\u2019 he said.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Vladimir Putin", quote.Speaker);
        Assert.Equal(1, quote.ParagraphIndex);
    }

    [Fact]
    public void ScareQuotesArePhrases()
    {
        var quote = Assert.Single(Parse("The town was described as \u2018under siege\u2019 by residents.").Quotes);
        Assert.Equal(ParsedQuoteKind.Phrase, quote.Kind);
    }

    [Fact]
    public void UnclosedQuoteRunsToParagraphEndAndIsReported()
    {
        const string text = "Title\n\nHe said \u2018this never closes. And so on.\n\nNext paragraph.";
        var article = ArticleParser.Parse(text);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("this never closes. And so on.", quote.Text);
        var problem = Assert.Single(article.Problems, problem => problem.Kind == ParseProblemKind.UnclosedQuote);
        Assert.Equal(text.IndexOf('\u2018', System.StringComparison.Ordinal), problem.Start);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void BreakInsideAQuoteThatClosesLaterIsJoined()
    {
        var article = ArticleParser.Parse("Title\n\nAnna Smith spoke. \u2018First part.\n\nSecond part,\u2019 she said.");
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal("Anna Smith spoke. \u2018First part. Second part,\u2019 she said.", paragraph);
        Assert.Equal("First part. Second part,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void ReopenedQuoteKeepsParagraphsAndIsNotReported()
    {
        var article = ArticleParser.Parse("Title\n\n\u201CFirst paragraph of the quote.\n\n\u201CSecond paragraph,\u201D said Jane Doe.");
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Problems, problem => problem.Kind == ParseProblemKind.UnclosedQuote);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("First paragraph of the quote.\n\nSecond paragraph,", quote.Text);
        Assert.Equal((0, 1, 1), (quote.ParagraphIndex, quote.EndParagraphIndex, quote.Start));
        Assert.Equal("Jane Doe", quote.Speaker);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void QuoteOverThreeParagraphsIsOneQuote()
    {
        var article = ArticleParser.Parse("Title\n\nJohn Smith said: \"We tried.\n\n\"We failed.\n\n\"We will try again.\"\n\nLater text.");
        Assert.Equal(4, article.Paragraphs.Count);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We tried.\n\nWe failed.\n\nWe will try again.", quote.Text);
        Assert.Equal((0, 2), (quote.ParagraphIndex, quote.EndParagraphIndex));
        Assert.Equal("John Smith", quote.Speaker);
    }

    [Fact]
    public void BylineUnderTheHeadlineIsNotAParagraph()
    {
        var article = ArticleParser.Parse("Rates Fall Again\n\nBy Jane Doe, Reuters\n\nRates fell on Monday.");
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new[] { "Rates fell on Monday." }, article.Paragraphs);
    }

    [Fact]
    public void AnArticleOpeningOnItsBylineHasNoHeadline()
    {
        var article = ArticleParser.Parse("By Sophie Lindqvist\n\nThe glacier shrank again.");
        Assert.Null(article.Headline);
        Assert.Equal("Sophie Lindqvist", article.Byline);
        Assert.Equal(new[] { "The glacier shrank again." }, article.Paragraphs);
    }

    [Theory]
    [InlineData("Rates Fall Again\n\nBy the end of the day, rates fell.\n\nMore.")]
    [InlineData("Rates fell on Monday.\nBy Jane Doe\n\nMore.")]
    public void LinesStartingWithByAreNotAlwaysBylines(string text)
        => Assert.Null(ArticleParser.Parse(text).Byline);

    private static ParsedArticle Parse(string paragraph) => ArticleParser.Parse("Headline\n\n" + paragraph);
}
