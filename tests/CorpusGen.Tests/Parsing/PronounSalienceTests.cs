using System.Linq;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>
/// "He said" goes back to the person a passage is about, the subject of its sentences, not to the last name
/// it mentions in a list, after a preposition or as an object. Every text here is written for these tests.
/// </summary>
public sealed class PronounSalienceTests
{
    [Fact]
    public void ThePronounSkipsNamesListedAsObjects()
        => AssertSpeaker(
            "The bakery will stock loaves from Elin Hardy and Owen Pryce, owner Gareth Lloyd confirmed. "
            + "He called the deal \u201Ca fair one for both sides\u201D.",
            "Gareth Lloyd");

    [Fact]
    public void ThePronounSkipsANameAfterAPreposition()
        => AssertSpeaker(
            "After a letter from neighbour Daniel Roper about parking, Mark Osei agreed to move the bins. "
            + "\u201CNobody wants a fight over a kerb,\u201D he said.",
            "Mark Osei");

    [Fact]
    public void ThePronounFollowsAChainOfPronounsBackToItsSubject()
        => AssertSpeaker(
            "Marcus Feld has rowed for the club for twenty years. He now shares a boat with Ivan Petrov and Luca Moretti. "
            + "\u201CThe river still surprises me,\u201D he said.",
            "Marcus Feld");

    [Fact]
    public void ASubjectKeepsItsPlaceAcrossARelativeClause()
        => AssertSpeaker(
            "Apprentices Tom Reid and Sam Hale could cover the shifts. The closure means Carlos Mendes, who had planned a quiet week, will be short of a cook.\n\n"
            + "\u201CWe will manage somehow,\u201D he said.",
            "Carlos Mendes");

    [Fact]
    public void OnlyTheFirstSubjectOfASentenceCounts()
        => AssertSpeaker(
            "Councillor Paul Greer criticised the budget - which Tom Baines drew up last spring - at Monday's meeting. "
            + "\u201CThe figures do not add up,\u201D he said.",
            "Paul Greer");

    [Fact]
    public void TheOwnerOfTheSubjectOutranksNamesLaterInTheSentence()
        => AssertSpeaker(
            "Robert Vance opened his show in May.\n\n"
            + "Vance's portrait outsold canvases by Will Price, Tom Hart and Joy Banner at the auction. He told the crowd: \u201CI did not expect this.\u201D",
            "Robert Vance");

    [Fact]
    public void ANameAfterAnInvertedReportingVerbIsTheSubject()
        => AssertSpeaker(
            "Coach Ray Holt wants a new keeper. \u201CA move abroad would suit me,\u201D conceded the veteran Nuno Cabral. "
            + "He went on: \u201CThe club decides, not me.\u201D",
            "Nuno Cabral",
            quote: 1);

    [Fact]
    public void AListenerAfterToldIsNotTheSubject()
        => AssertSpeaker(
            "Mark Osei runs the stall. He told Nuno Cabral the pitch was his for the summer. \u201CIt is only fair,\u201D he said.",
            "Mark Osei");

    [Fact]
    public void AGivenNameBorneByBothSexesTellsNoGender()
        => AssertSpeaker(
            "Peter Lang also entered the regatta. Kim Rourke won it in 2019. \u201CThe wind decides everything,\u201D he said.",
            "Kim Rourke");

    [Theory]
    [InlineData("Tom Reddan will contest the seat. The Northfield East councillor, who left the party in May, called the plan a \u201Cvanity project\u201D.")]
    [InlineData("Tom Reddan spoke at the hearing.\n\n\u201CThe plan is rushed,\u201D the Harbour Ward councillor told the panel.")]
    [InlineData("Tom Reddan visited the port. At the docks Tom Reddan praised the crews: \u201CThey work hard.\u201D The Transport Secretary later added: \u201CWe will fund them.\u201D")]
    public void ARoleNarrowedByAPlaceOrOfficeIsThePersonThePassageIsAbout(string body)
        => Assert.Equal("Tom Reddan", ArticleParser.Parse("Harbour News\n\n" + body).Quotes.Last().Speaker);

    [Fact]
    public void ASpokesmanNarrowedByAnOfficeIsNoOneNamedBefore()
        => Assert.NotEqual(
            "Tom Reddan",
            ArticleParser.Parse("Harbour News\n\nTom Reddan met the mayor.\n\n\u201CThe talks went well,\u201D the City Hall spokesman said.").Quotes.Single().Speaker);

    [Fact]
    public void AnArticleBeforeTheWordsAheadOfATitleDoesNotHideTheName()
        => Assert.Equal(
            "Reddan",
            ArticleParser.Parse("Harbour News\n\nAt a dinner for the Shipping Guild Mr Reddan said of the crews: \u201CThey work hard.\u201D The minister later added: \u201CWe will fund them.\u201D").Quotes.First().Speaker);

    [Fact]
    public void ANationalityTakesUpThePersonItsSentenceOpenedOn()
        => AssertSpeaker(
            "Roger Felden chairs the jury.\n\nAfter Lleyton Hewson finished his set, the Australian said: \u201CThat was my best night.\u201D",
            "Lleyton Hewson");

    [Fact]
    public void AClauseEndingInAColonIntroducesTheQuoteAfterItNotTheOneBefore()
        => Assert.Equal(
            new[] { "Tom Reddan", "Matt Tallis" },
            ArticleParser.Parse("Harbour News\n\nAt the quay Tom Reddan said: \u201CThe crews are tired.\u201D Union steward Matt Tallis replied: \u201CThen pay them more.\u201D").Quotes
                .Select(quote => quote.Speaker));

    [Fact]
    public void ATitleUsedAsANounIsThePersonWhoHoldsIt()
        => Assert.Equal(
            new[] { "Cormac Byrne", "Cormac Byrne" },
            ArticleParser.Parse("Abbey Appeal\n\nThe abbey roof needs urgent repair, Bishop Cormac Byrne has warned. Canon Tomas Reilly agreed.\n\n"
                + "The bishop returned to the pulpit to describe the damage as \u201Cheartbreaking\u201D.\n\n"
                + "Next week, the Bishop will meet donors. \u201CEvery slate counts,\u201D he will tell them.").Quotes.Select(quote => quote.Speaker));

    [Fact]
    public void ATitleWordBeforeAnotherNounIsNotAMention()
        => AssertSpeaker(
            "General Tom Hart retired in May. Later, Paul Greer said the general election would settle it. \u201CVoters are tired,\u201D he said.",
            "Paul Greer");

    [Fact]
    public void AnInfinitiveSpeechVerbSharesTheSubjectTheSentenceOpensOn()
        => AssertSpeaker(
            "At its spring meeting, the Rowing Federation approved new rules and promised to explain them in May. "
            + "\u201CClubs will be asked first.\u201D",
            "Rowing Federation");

    [Fact]
    public void AnInfinitiveAfterAskedSpeaksForTheOneWhoWasAsked()
        => AssertSpeaker(
            "Ann Weir asked Tom Hart to explain the delay: \u201CThe parts came late.\u201D",
            "Tom Hart");

    private static void AssertSpeaker(string body, string speaker, int quote = 0)
        => Assert.Equal(speaker, ArticleParser.Parse("Harbour News\n\n" + body).Quotes.ElementAt(quote).Speaker);
}
