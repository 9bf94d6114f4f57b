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
            "Ferry fares will rise by \u201Cno more than inflation\u201D next year, the Coastal Transport Board (CTB) has promised.",
            "Coastal Transport Board (CTB)");

    [Fact]
    public void AFirstWordThatReportsAndSpeaksOfItselfAsItIsTheCompanyLater()
        => AssertSpeaker(
            "Zantrix announced it would recall 2,000 kettles with loose lids.\n\n"
            + "The company called the recall \u201Ca sensible precaution\u201D and offered refunds.",
            "Zantrix");

    [Fact]
    public void ARoleBetweenCommasAfterANameIsThatNamesNotTheOrganizationsAfterIt()
        => AssertSpeaker(
            "Zantrix said it had found the fault. \u201CWe acted quickly,\u201D said Lena Ortiz, operations director, Zantrix kitchen products.\n\n"
            + "The company said refunds would take \u201Ca fortnight at most\u201D.",
            "Zantrix",
            quote: 1);

    [Fact]
    public void ItInASentenceIsWhatTheSentenceOpensOn()
        => AssertSpeaker(
            "The club fined Corvair in June. Corvair will not comment on what it describes as \u201Ca private matter\u201D.",
            "Corvair",
            ParsedAttribution.Pronoun);

    [Fact]
    public void ItDoesNotTakeUpANameThatIsNoOrganization()
        => Assert.Null(ArticleParser.Parse("Shop News\n\nChristmas trading was weak this year. \u201CFootfall fell,\u201D it said.").Quotes.Single().Speaker);

    [Fact]
    public void TheReportSpeaksInItsAuthorsWords()
        => AssertSpeaker(
            "Rents will double by 2030, warns the survey by property group Telnova. Any hope of a quick fix is \u201Cmisplaced\u201D, the survey adds.",
            "Telnova");

    [Fact]
    public void ADayIsNotTheAuthorOfTheReportItDates()
        => Assert.NotEqual(
            "Monday",
            ArticleParser.Parse("Shop News\n\nMonday's report found rents rising. The outlook is \u201Cbleak\u201D, the report concludes.").Quotes.Single().Speaker);

    [Fact]
    public void AReportPublishedByAnOrganizationSpeaksForIt()
        => AssertSpeaker(
            "Rural broadband will stay \u201Cpatchy for a decade\u201D, according to a study commissioned by UK-based charity Field Links.",
            "Field Links");

    [Fact]
    public void AnAbbreviationInBracketsDoesNotEndARoleBeforeTheName()
        => AssertSpeaker(
            "\u201CThe harbour is finally safe,\u201D the outgoing head of the Port Safety Authority (PSA), Brian Carwell, told the inquiry.",
            "Brian Carwell");

    [Fact]
    public void ReportedSpeechClosedBySaysNameCarriesItsSpeakerToTheNextQuote()
        => AssertSpeaker(
            "For now, a new ferry takes two years to build, explains Ms Deane. Engines take longest. \u201CA larger fleet would cost far more.\u201D",
            "Deane");

    [Theory]
    [InlineData("Kora Search said it would hire staff. Jim Lanzer, head of search at Kora Search, spoke to reporters. He said Kora Search was keen to grow.")]
    [InlineData("Jim Lanzer runs the team. He said Kora Search was keen to grow in Asia.")]
    public void AnOrganizationNamedNearTheSpeakerIsNotTheOneAPronounMeans(string body)
        => Assert.Equal("Jim Lanzer", ArticleParser.Parse("Company News\n\n" + body + "\n\n\u201CReaders outnumber writers,\u201D he said.").Quotes.Single().Speaker);

    [Fact]
    public void TheNearestAccordingToBeforeAQuoteIsItsSource()
        => AssertSpeaker(
            "Footfall fell, according to researchers Telnova, over a summer that, according to Telnova economist Carla Mendes, was \u201Cunusually wet\u201D.",
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
