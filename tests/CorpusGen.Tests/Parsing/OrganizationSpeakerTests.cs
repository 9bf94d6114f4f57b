using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Organizations, countries and documents that speak, and the words news uses to take them up again. Texts written for these tests.</summary>
public sealed class OrganizationSpeakerTests
{
    [Fact]
    public void AnAbbreviationInBracketsBelongsToTheName()
        => AssertSpeaker(
            "The economy grew last year, but \u201Cdeep reform\u201D is needed, the Global Lending Fund (GLF) has said.",
            "Global Lending Fund (GLF)");

    [Fact]
    public void AFirstWordThatReportsAndSpeaksOfItselfAsItIsTheCompanyLater()
        => AssertSpeaker(
            "Zantrix has said it will replace a million cables for its consoles.\n\n"
            + "The company said the move was a \u201Cpreventative step\u201D after a few reports of faults.",
            "Zantrix");

    [Fact]
    public void ARoleBetweenCommasAfterANameIsThatNamesNotTheOrganizationsAfterIt()
        => AssertSpeaker(
            "Zantrix said it had received 30 reports. \u201CWe are sorry,\u201D said Lena Ortiz, chief executive, Zantrix home division.\n\n"
            + "The company said the recall was \u201Cthe right thing to do\u201D.",
            "Zantrix",
            quote: 1);

    [Fact]
    public void ItInASentenceIsWhatTheSentenceOpensOn()
        => AssertSpeaker(
            "She was suspended by Corvair in May. Corvair has declined to elaborate on what it calls \u201Cinternal staff matters\u201D.",
            "Corvair",
            ParsedAttribution.Pronoun);

    [Fact]
    public void TheReportSpeaksInItsAuthorsWords()
        => AssertSpeaker(
            "Millions will miss out, predicts the report by telecoms firm Telnova. Hope that the gap will close is \u201Cwishful thinking\u201D, the report concludes.",
            "Telnova");

    [Fact]
    public void AReportPublishedByAnOrganizationSpeaksForIt()
        => AssertSpeaker(
            "\u201CFaster access will be vital for new services,\u201D according to a report published by UK-based consultancy Analysis Partners.",
            "Analysis Partners");

    [Fact]
    public void AnAbbreviationInBracketsDoesNotEndARoleBeforeTheName()
        => AssertSpeaker(
            "\u201CWe have hardly started,\u201D the new chair of the Internet Standards Board (ISB), Brian Carwell, says.",
            "Brian Carwell");

    [Fact]
    public void ReportedSpeechClosedBySaysNameCarriesItsSpeakerToTheNextQuote()
        => AssertSpeaker(
            "Currently, a disc project can take three months, says Mr Deane. Menus take the longest. \u201CIf studios add more, it could cost more.\u201D",
            "Deane");

    [Theory]
    [InlineData("Kora Search said it was not planning changes. Jim Lanzer, head of search at Kora Search, said the deal was small. He said Kora Search was keen to grow.")]
    [InlineData("Jim Lanzer said the deal was small. A move to Northam City, who need a new search engine, was not likely.")]
    public void AnOrganizationNamedNearTheSpeakerIsNotTheOneAPronounMeans(string body)
        => Assert.Equal("Jim Lanzer", ArticleParser.Parse("Company News\n\n" + body + "\n\n\u201CReaders outnumber writers,\u201D he said.").Quotes.Single().Speaker);

    [Fact]
    public void TheNearestAccordingToBeforeAQuoteIsItsSource()
        => AssertSpeaker(
            "Sales rose 26%, according to analysts Telnova, in a quarter that, according to Telnova analyst Carla Mendes, is \u201Cseldom strong\u201D.",
            "Carla Mendes");

    [Fact]
    public void ATitleCarriesTheRoleAStoryLaterUses()
        => AssertSpeaker(
            "Mr Justice Tomas Reilly heard the case.\n\nIn a short ruling, the judge said the claim was \u201Cwithout any merit\u201D.",
            "Tomas Reilly");

    private static void AssertSpeaker(string body, string speaker, int quote = 0)
        => Assert.Equal(speaker, ArticleParser.Parse("Company News\n\n" + body).Quotes.ElementAt(quote).Speaker);

    private static void AssertSpeaker(string body, string speaker, ParsedAttribution attribution)
    {
        var parsed = ArticleParser.Parse("Company News\n\n" + body).Quotes.Single();
        Assert.Equal((speaker, attribution), (parsed.Speaker, parsed.Attribution));
    }
}
