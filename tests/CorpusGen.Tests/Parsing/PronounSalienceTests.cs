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
            "Others on the shortlist include Tomas Berger and Pavel Sokolov, committee chair Marek Novak said. "
            + "He said the choice was \u201Cnothing personal\u201D.",
            "Marek Novak");

    [Fact]
    public void ThePronounSkipsANameAfterAPreposition()
        => AssertSpeaker(
            "In answer to a question from student Daniel Pryce about fees, Mark Osei said the rise was needed. "
            + "\u201CWe will not raise them again,\u201D he said.",
            "Mark Osei");

    [Fact]
    public void ThePronounFollowsAChainOfPronounsBackToItsSubject()
        => AssertSpeaker(
            "Marcus Feld is one of the most capped players in the country. He now plays alongside Ivan Petrov and Luca Moretti. "
            + "\u201CI am happy to still be playing,\u201D he said.",
            "Marcus Feld");

    [Fact]
    public void ASubjectKeepsItsPlaceAcrossARelativeClause()
        => AssertSpeaker(
            "Youngsters Tom Reid and Sam Hale could be options. The injury means Carlos Mendes, who had hoped to rest the squad, will not have a full-back.\n\n"
            + "\u201CWe have to wait and see,\u201D he said.",
            "Carlos Mendes");

    [Fact]
    public void OnlyTheFirstSubjectOfASentenceCounts()
        => AssertSpeaker(
            "Shadow minister Paul Greer warned of mistakes - for which Tom Baines recently apologised - as a result of haste. "
            + "\u201CThose pressures would be far greater,\u201D he said.",
            "Paul Greer");

    [Fact]
    public void TheOwnerOfTheSubjectOutranksNamesLaterInTheSentence()
        => AssertSpeaker(
            "Singer Robert Vance won the prize.\n\n"
            + "Vance's record beat songs by Will Price, Tom Hart and Joy Banner in a vote by listeners. He told the audience: \u201CI am amazed.\u201D",
            "Robert Vance");

    [Fact]
    public void ANameAfterAnInvertedReportingVerbIsTheSubject()
        => AssertSpeaker(
            "Manager Ray Holt is keen to sign a striker. \u201CI could be keen to leave,\u201D admitted the 28-year-old Nuno Cabral. "
            + "He added: \u201CI am not in control of it.\u201D",
            "Nuno Cabral",
            quote: 1);

    [Fact]
    public void AGivenNameBorneByBothSexesTellsNoGender()
        => AssertSpeaker(
            "Peter Lang will also race. Kim Rourke ran here in 2003. \u201CI am looking forward to it,\u201D he said.",
            "Kim Rourke");

    [Theory]
    [InlineData("Tom Reddan said he would stand. The Glasgow Kelvin MP, who was expelled last year, called his rival a \u201Cparty stooge\u201D.")]
    [InlineData("Tom Reddan said extremists were the threat.\n\n\u201CThe threat comes from a few people,\u201D the Salford MP told the committee.")]
    [InlineData("Tom Reddan flew in on Monday. In a speech to the Policy Centre Mr Reddan spoke of his rival: \u201CHe is clever.\u201D The Foreign Secretary told reporters: \u201CI was making an observation.\u201D")]
    public void ARoleNarrowedByAPlaceOrOfficeIsThePersonThePassageIsAbout(string body)
        => Assert.Equal("Tom Reddan", ArticleParser.Parse("Election News\n\n" + body).Quotes.Last().Speaker);

    [Fact]
    public void ANationalityTakesUpThePersonItsSentenceOpenedOn()
        => AssertSpeaker(
            "Roger Felden is the ultimate sportsman.\n\nWhen Lleyton Hewson shook his hand after another defeat, the Australian said: \u201CYou are the best.\u201D",
            "Lleyton Hewson");

    [Fact]
    public void AClauseEndingInAColonIntroducesTheQuoteAfterItNotTheOneBefore()
        => Assert.Equal(
            new[] { "Tom Reddan", "Matt Tallis" },
            ArticleParser.Parse("Election News\n\nIn a speech Tom Reddan said: \u201CHe is clever.\u201D Party chairman Matt Tallis said: \u201CPeople are tired of this.\u201D").Quotes
                .Select(quote => quote.Speaker));

    [Fact]
    public void ATitleUsedAsANounIsThePersonWhoHoldsIt()
        => Assert.Equal(
            new[] { "Cormac Byrne", "Cormac Byrne" },
            ArticleParser.Parse("Peace Message\n\nWar spending should go to the poor, Cardinal Cormac Byrne has said. Archbishop Tomas Reilly agreed.\n\n"
                + "The cardinal used a Christmas message to denounce the war as a \u201Cterrible\u201D waste.\n\n"
                + "On Friday, the Cardinal will ask the congregation to pray. \u201CPeace is possible,\u201D he will say.").Quotes.Select(quote => quote.Speaker));

    [Fact]
    public void AnInfinitiveSpeechVerbSharesTheSubjectTheSentenceOpensOn()
        => AssertSpeaker(
            "In a statement on Sunday, the Cabinet Office said it was reviewing the scheme, and hoped to announce proposals soon. "
            + "\u201CUnions will of course be consulted.\u201D",
            "Cabinet Office");

    private static void AssertSpeaker(string body, string speaker, int quote = 0)
        => Assert.Equal(speaker, ArticleParser.Parse("Race Preview\n\n" + body).Quotes.ElementAt(quote).Speaker);
}
