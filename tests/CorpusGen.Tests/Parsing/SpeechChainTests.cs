using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Paragraphs of one speech whose breaks the layout lost, and typewriter double marks. Texts written for these tests.</summary>
public sealed class SpeechChainTests
{
    [Fact]
    public void AParagraphOfSpeechWithNoAttributionIsTheSpeechOfTheAttributionAfterIt()
    {
        var quotes = Quotes("Nia Holt won easily. \u201CIt was good to get that done. I was nervous. \u201CI felt fine. I just had to relax,\u201D said Holt.");
        Assert.Equal(new[] { "It was good to get that done. I was nervous.", "I felt fine. I just had to relax," }, quotes.Select(quote => quote.Text));
        Assert.Equal(new (string?, string?)[] { ("Nia Holt", "speech-chain"), ("Nia Holt", "trailing-attribution") }, quotes.Select(quote => (quote.Speaker, quote.Sieve)));
    }

    [Fact]
    public void AnEarlierParagraphsSpeakerGoesOnThroughTheSpeech()
    {
        var quotes = Quotes("Omar Reyes added: \u201CWe will rebuild. \u201CWe have the money. \u201CWe start in May.\u201D Lena Park said the council agreed.");
        Assert.Equal(new string?[] { "Omar Reyes", "Omar Reyes", "Omar Reyes" }, quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void AQuestionIsNotGivenTheAttributionOfTheAnswerAfterIt()
        => Assert.Equal(
            new[] { ("Are you leaving?", (string?)null), ("No,", "Ben Ross") },
            Quotes("Ben Ross was asked. \u201CAre you leaving? \u201CNo,\u201D he said.").Select(quote => (quote.Text, quote.Speaker)));

    [Fact]
    public void TwoStraightSinglesOpenADoubleQuote()
    {
        var quotes = Quotes("Dan Rees is out. ''We gave him a chance but it did not work,'' said coach Liam Dunne.");
        Assert.Equal(("We gave him a chance but it did not work,", "Liam Dunne"), (quotes.Single().Text, quotes.Single().Speaker));
    }

    [Fact]
    public void TwoStraightSinglesReopenSpeechInTheNextParagraphAndInline()
    {
        var quotes = Quotes("Mia Torres met the press. ''The bakery opens in June.\n\n''Frankly, we hoped for May. ''Flour prices held us back,'' said Torres.");
        Assert.Equal(
            new[] { "The bakery opens in June.\n\nFrankly, we hoped for May.", "Flour prices held us back," },
            quotes.Select(quote => quote.Text));
        Assert.Equal(new string?[] { "Mia Torres", "Mia Torres" }, quotes.Select(quote => quote.Speaker));
    }

    private static System.Collections.Generic.IReadOnlyList<ParsedQuote> Quotes(string body)
        => ArticleParser.Parse("Sport News\n\n" + body).Quotes;
}
