using System.Linq;
using CorpusGen.Generator.Parsing;
using CorpusGen.Generator.Parsing.Attribution.Sieves;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Each attribution sieve decides the quotes it is for, and the quote records which sieve did; sentences written for these tests.</summary>
public sealed class AttributionSieveTests
{
    [Theory]
    [InlineData("Staff trained for the so-called \u201Csurprise\u201D drills.", "nobodys-words", null)]
    [InlineData("She wrote a paper titled \u201CHeat stress in urban bees.\u201D", "nobodys-words", null)]
    [InlineData("\u201CThe bridge is safe again,\u201D said Ines Ortega.", "trailing-attribution", "Ines Ortega")]
    [InlineData("\u201CWhy now?\u201D asked Dana Webb.", "trailing-attribution", "Dana Webb")]
    [InlineData("\u201CThe bridge is safe again,\u201D the harbour's director, Ines Ortega, said.", "trailing-attribution", "Ines Ortega")]
    [InlineData("According to Sam Rivera, \u201Cthe budget will not pass this year.\u201D", "according-to", "Sam Rivera")]
    [InlineData("The crew had been told by engineers that the bridge was \u201Cperfectly safe for traffic.\u201D", "passive-agent", "engineers")]
    [InlineData("Ines Ortega told reporters on Monday that the bridge was \u201Csafe again and open to all traffic.\u201D", "reporting-verb", "Ines Ortega")]
    [InlineData("Staff had been \u2018blindsided\u2019 by the decision, said a senior official.", "sentence-final", "a senior official")]
    [InlineData("The plan has been described as \u201Creckless\u201D by the Harbour Trust.", "agent-after", "Harbour Trust")]
    [InlineData("While trade grows at a \u201Csteady pace\u201D Ines Ortega warned that debt was rising.", "subject-and-verb-after", "Ines Ortega")]
    public void EachSieveDecidesTheQuotesItIsFor(string paragraph, string sieve, string? speaker)
    {
        var quote = ArticleParser.Parse("Headline\n\n" + paragraph).Quotes.Single();
        Assert.Equal((sieve, speaker), (quote.Sieve, quote.Speaker));
    }

    [Fact]
    public void AnAgentAfterSeveralQuotesSpeaksForEachOfThem()
    {
        var quotes = ArticleParser.Parse("Headline\n\nThe cuts were called \u201Ccruel\u201D and \u201Cshort-sighted\u201D by the Harbour Trust.").Quotes;
        Assert.All(quotes, quote => Assert.Equal(("agent-after", "Harbour Trust"), (quote.Sieve, quote.Speaker)));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void SpeechWithNoAttributionContinuesTheSpeechBefore()
    {
        var quotes = ArticleParser.Parse("Storm\n\n\u201CThe roads are closed,\u201D said Sheriff Tom Reyes.\n\n\u201CStay home tonight.\u201D").Quotes;
        Assert.Equal(new[] { ((string?)"trailing-attribution", (string?)"Tom Reyes"), ("continuation", "Tom Reyes") }, quotes.Select(quote => (quote.Sieve, quote.Speaker)));
    }

    [Fact]
    public void TheSievesHaveStableDistinctIdsInOneOrder()
        => Assert.Equal(
            new[] { "nobodys-words", "trailing-attribution", "according-to", "passive-agent", "agent-after", "reporting-verb", "subject-and-verb-after", "sentence-final", "outer-reporting-verb", "continuation", "speech-chain" },
            AttributionSieves.Ordered.Concat(AttributionSieves.Fallbacks).Select(sieve => sieve.Id).Append(AttributionSieves.ContinuationId).Append(AttributionSieves.SpeechChainId));
}
