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
        Assert.All(quotes, quote => Assert.Equal("Nia Holt", quote.Speaker));
    }

    [Fact]
    public void AnEarlierParagraphsSpeakerGoesOnThroughTheSpeech()
    {
        var quotes = Quotes("Omar Reyes added: \u201CWe will rebuild. \u201CWe have the money. \u201CWe start in May.\u201D Lena Park said the council agreed.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, quote => Assert.Equal("Omar Reyes", quote.Speaker));
    }

    [Fact]
    public void TwoStraightSinglesOpenADoubleQuote()
    {
        var quotes = Quotes("Dan Rees is out. ''We gave him a chance but it did not work,'' said coach Liam Dunne.");
        Assert.Equal(("We gave him a chance but it did not work,", "Liam Dunne"), (quotes.Single().Text, quotes.Single().Speaker));
    }

    [Fact]
    public void TwoStraightSinglesReopenSpeechInTheNextParagraphAndInline()
    {
        var quotes = Quotes("Jim Hale spoke to us. ''Robbie has a deal with the club.\n\n''Personally, I would rather see him at home. ''He has been on trial,'' said Hale.");
        Assert.Equal(
            new[] { "Robbie has a deal with the club.\n\nPersonally, I would rather see him at home.", "He has been on trial," },
            quotes.Select(quote => quote.Text));
        Assert.All(quotes, quote => Assert.Equal("Jim Hale", quote.Speaker));
    }

    private static System.Collections.Generic.IReadOnlyList<ParsedQuote> Quotes(string body)
        => ArticleParser.Parse("Sport News\n\n" + body).Quotes;
}
