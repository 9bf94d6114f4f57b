using System.Linq;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Whose words a quote in a clause is when the clause's own subject is no speaker. Texts written for these tests.</summary>
public sealed class ClauseSubjectTests
{
    [Fact]
    public void AClauseWhoseSubjectIsAThingIsTheOuterSpeakersWords()
    {
        var quote = Quotes("Mr Okafor said the talks with finance directors suggested that firms had \u201Cmoved on\u201D from the crisis.").Single();
        Assert.Equal(("Okafor", "outer-reporting-verb"), (quote.Speaker, quote.Sieve));
    }

    [Fact]
    public void ANameGivenInsideReportedSpeechIsNobodysWords()
        => Assert.Equal(
            new string?[] { null, null },
            Quotes("Dr Ames said groups dubbed \u201Cpioneers\u201D and \u201Csettlers\u201D were keen.").Select(quote => quote.Speaker));

    [Fact]
    public void ADocumentsWordsInsideReportedSpeechAreNotTheSpeakers()
        => Assert.Null(Quotes("Dr Ross said the report warned that the cuts were \u201Cdangerous and reckless\u201D.").Single().Speaker);

    [Fact]
    public void APrepositionOpeningTheSentenceIsNoSpeaker()
        => Assert.Null(Quotes("In papers filed in a Texas court before the hearing, lawyers blamed the board for failing to ask about the \u201Clegal risks\u201D of the deal.").Single().Speaker);

    [Fact]
    public void ACoordinatedVerbSharesTheSubjectAfterAnOpeningAdverbial()
        => Assert.Equal(
            "Norvex",
            Quotes("Talks went on. In a statement on Thursday, Norvex said any offer was likely to be in cash, but added that: \u201CThere is no promise that an offer will be made.\u201D").Single().Speaker);

    [Fact]
    public void ANameAfterAnOpeningPrepositionalPhraseIsTheSubject()
        => Assert.Equal(
            "Ross",
            Quotes("In Lind's memoir Mr Ross is said to have told the premier: \u201CI will never trust you again.\u201D").Single().Speaker);

    [Theory]
    [InlineData("Across Wales, head teachers say pupils are \u201Cexhausted\u201D.", "head teachers")]
    [InlineData("Since March, director of nursing at the trust says staff are \u201Cstretched\u201D.", null)]
    public void AnOpeningAdverbialIsNoNameBeforeAnAppositive(string body, string? speaker)
        => Assert.Equal(speaker, Quotes(body).Single().Speaker);

    [Fact]
    public void AnAttributionMayOpenOnAWordThatIsAlsoAPreposition()
        => Assert.Equal("Ann Hale", Quotes("\u201CHe was a gentle man,\u201D close friend Ann Hale said.").Single().Speaker);

    [Fact]
    public void ANameBeforeAnAppositiveMissingItsClosingCommaIsTheSubject()
        => Assert.Equal(
            "Karin Lehto",
            Quotes("The plans may be bold, but Karin Lehto, head of the radio division at the firm says that: “Demand will be ten times higher.”").Single().Speaker);

    [Fact]
    public void ASentenceOpeningOnAPrepositionAfterAQuoteIsNoAttribution()
        => Assert.Equal(
            "Mira Holt",
            Quotes("\u201CWe see no safe place for them,\u201D said Mira Holt. \u201CWe have no plan for it.\u201D In its transport plan, announced on Tuesday, the council said it was a priority.")[1].Speaker);

    [Fact]
    public void AParticipleAfterAClauseIsNoAttributionOfTheQuoteBefore()
        => Assert.Equal(
            new string?[] { null, null },
            Quotes("Ravi Shah spoke at the rally. \u201CThey have called me a villain. \u201CSomeone out there is rattled.\u201D Ann Holt rejected Mr Shah's comment, telling Radio Kent it was silly.").Select(quote => quote.Speaker));

    [Fact]
    public void AParticipleAfterAnAttributionDoesNotUndoIt()
        => Assert.Equal("Ann Holt", Quotes("\u201CWe will look again at it,\u201D Ann Holt disagreed, telling reporters it was silly.").Single().Speaker);

    [Fact]
    public void APronounBeforeTheVerbAfterACommaIsTheSubject()
        => Assert.Equal(
            "Nick Dorn",
            Quotes("\u201CSkills will be short,\u201D said Nick Dorn. \u201CWomen have those traits.\u201D Eventually, women could win out, he says.")[1].Speaker);

    private static System.Collections.Generic.IReadOnlyList<CorpusGen.Generator.Model.ParsedQuote> Quotes(string body)
        => ArticleParser.Parse("Business News\n\n" + body).Quotes;
}
