using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>One example per attribution rule and per kind of mark, written for these tests.</summary>
public sealed class AttributionRulesTests
{
    [Theory]
    [InlineData("Le ministre a parl\u00E9. \u00ABNous sommes pr\u00EAts,\u00BB said Anne Martin.", "Nous sommes pr\u00EAts,")]
    [InlineData("\u201EWir sind bereit\u201C, said Klaus Weber.", "Wir sind bereit")]
    [InlineData("\u2039Oui\u203A, said Anne Martin.", "Oui")]
    [InlineData("\u201AJa\u2019, said Klaus Weber.", "Ja")]
    public void EveryKindOfMarkPairs(string paragraph, string text)
        => Assert.Equal(text, Parse(paragraph).Quotes.First().Text);

    [Theory]
    [InlineData("Jane Smith said: \u201CThe plan is dead.\u201D", "Jane Smith")]
    [InlineData("Jane Smith told reporters \u201Cthe plan is dead and will not come back.\u201D", "Jane Smith")]
    [InlineData("Jane Smith described the plan as \u201Ca fantasy.\u201D", "Jane Smith")]
    [InlineData("The plan is what Jane Smith called \u201Ca fantasy.\u201D", "Jane Smith")]
    [InlineData("The plan, according to Jane Smith, is \u201Ca fantasy.\u201D", "Jane Smith")]
    [InlineData("The plan is \u201Ca fantasy,\u201D according to Jane Smith.", "Jane Smith")]
    [InlineData("Jane Smith questioned why the council was in \u201Csuch a hurry\u201D to sell the land.", "Jane Smith")]
    public void ExplicitPatternsNameTheSpeaker(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Single().Speaker);

    [Theory]
    [InlineData("\u201CThe plan is dead,\u201D said Jane Smith.", "Jane Smith", "Beside")]
    [InlineData("Jane Smith said: \u201CThe plan is dead.\u201D", "Jane Smith", "Beside")]
    [InlineData("Jane Smith told reporters on Monday that the plan was \u201Cdead and buried.\u201D", "Jane Smith", "ReportingVerb")]
    [InlineData("The plan was \u201Cdead and buried,\u201D said a senior official.", "a senior official", "Beside")]
    public void TheRecordSaysHowTheSpeakerWasFound(string paragraph, string speaker, string attribution)
    {
        var quote = Parse(paragraph).Quotes.Single();
        Assert.Equal((speaker, attribution), (quote.Speaker, quote.Attribution.ToString()));
    }

    [Fact]
    public void PronounsRolesAndFollowUpSpeechAreInferred()
    {
        var article = ArticleParser.Parse(
            "Budget Cut\n\nFinance Minister Ana Ruiz announced cuts on Monday.\n\n\u201CWe had no choice,\u201D she said."
            + "\n\n\u201CThe numbers left none,\u201D the minister said.\n\n\u201CNext year will be better.\u201D\n\nThe \u201Cspending review\u201D starts in May.");

        Assert.Equal(
            new[]
            {
                ("Ana Ruiz", ParsedAttribution.Pronoun),
                ("Ana Ruiz", ParsedAttribution.Role),
                ("Ana Ruiz", ParsedAttribution.Continuation),
                ((string?)null, ParsedAttribution.None),
            },
            article.Quotes.Select(quote => (quote.Speaker, quote.Attribution)));
    }

    [Fact]
    public void TheNameAfterToldIsTheListener()
    {
        var article = ArticleParser.Parse(
            "Cup final\n\nCoach Tom Reyes praised his side after the match.\n\n\u201CWe played well today,\u201D he told Kestrel Weekly."
            + "\n\n\u201CThe crowd carried us,\u201D he said.");
        Assert.All(article.Quotes, quote => Assert.Equal("Tom Reyes", quote.Speaker));
    }

    [Theory]
    [InlineData("the 19-year-old")]
    [InlineData("the Norwegian")]
    [InlineData("the top seed")]
    public void AnEpithetDescribesWhomTheStoryHasJustBeenAbout(string epithet)
    {
        var article = ArticleParser.Parse(
            "Final\n\nSam Obi won the final over Kai Lund in three sets.\n\nLund was the stronger player early but faded late. \u201CIt was my first final,\u201D said "
            + epithet + ".");
        Assert.Equal("Kai Lund", article.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("Rick Dean runs the studio.", "\u201CThe discs are ready,\u201D says Mr Dean.", "Rick Dean")]
    [InlineData("Ana King chairs the board.", "\u201CThe vote is on Monday,\u201D said Ms King.", "Ana King")]
    public void AfterAnHonorificATitleWordIsTheName(string first, string second, string speaker)
        => Assert.Equal(speaker, ArticleParser.Parse("Headline\n\n" + first + "\n\n" + second).Quotes.Single().Speaker);

    [Fact]
    public void TitleResolvesToThePersonNamedWithIt()
    {
        var article = ArticleParser.Parse("Budget Cut\n\nFinance Minister Ana Ruiz announced cuts.\n\nAnalysts were surprised.\n\n\u201CWe had no choice,\u201D the minister said.");
        Assert.Equal("Ana Ruiz", article.Quotes.Single().Speaker);
    }

    [Fact]
    public void SpeakerIsTheFullestFormWithoutTitles()
    {
        var article = ArticleParser.Parse("Talks\n\nRussian President Vladimir Putin met envoys.\n\n\u201CWe are ready,\u201D Putin said.");
        Assert.Equal("Vladimir Putin", article.Quotes.Single().Speaker);
    }

    [Fact]
    public void UnattributedSpeechAfterAnAttributedQuoteKeepsItsSpeaker()
    {
        var article = ArticleParser.Parse("Storm\n\n\u201CThe roads are closed,\u201D said Sheriff Tom Reyes.\n\n\u201CStay home tonight and wait for our all-clear.\u201D\n\nThe storm moved east.");
        Assert.All(article.Quotes, quote => Assert.Equal("Tom Reyes", quote.Speaker));
        Assert.Equal(2, article.Quotes.Count);
    }

    [Fact]
    public void SpeechAfterAnUnrelatedParagraphGap()
    {
        var article = ArticleParser.Parse("Storm\n\n\u201CThe roads are closed,\u201D said Sheriff Tom Reyes.\n\nThe storm moved east.\n\nSchools will stay shut.\n\n\u201CNobody expected this much snow.\u201D");
        Assert.Null(article.Quotes.Last().Speaker);
    }

    [Theory]
    [InlineData("\u201CWe were warned,\u201D said two people familiar with the talks.", "two people familiar with the talks")]
    [InlineData("\u201CWe were warned,\u201D a senior official said.", "a senior official")]
    [InlineData("Veltrix Systems cut jobs. \u201CWe are strong,\u201D the company said.", "Veltrix Systems")]
    public void AnonymousSourcesAndOrganizationsAreKept(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Last().Speaker);

    [Fact]
    public void ALongTitleWithASubtitleIsNobodysWords()
    {
        var quote = Parse("\u201CWe were ignored,\u201D said Janet Morrow. She pointed to a report, \u201CWaste Strategy 2025\u20132030: Options for a Sustainable Service\u201D, which found waste could be recycled.").Quotes.Last();
        Assert.Null(quote.Speaker);
        Assert.Equal(ParsedQuoteKind.Phrase, quote.Kind);
    }

    [Fact]
    public void PeopleWhoShareASurnameStayApart()
    {
        var article = ArticleParser.Parse(
            "Wedding\n\nThe groom married Talia Marchetti on Saturday.\n\n"
            + "Her grandmother, Rosa Marchetti, said the service was \u201Cbetter than any film.\u201D\n\n"
            + "Talia Marchetti thanked the guests. \u201CI am the luckiest woman alive,\u201D Marchetti said.");
        Assert.Equal(new[] { "Rosa Marchetti", "Talia Marchetti" }, article.Quotes.Select(quote => quote.Speaker));
    }

    [Theory]
    [InlineData("Student Chloe Barnes queued all night. \u201CI am gutted,\u201D Barnes said.", "Chloe Barnes")]
    [InlineData("Farmer Yannick Le Goff led the march. \u201CWe will be back,\u201D Le Goff said.", "Yannick Le Goff")]
    public void WordsBeforeAGivenNameDoNotMakeANewPerson(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Single().Speaker);

    [Fact]
    public void ANameAfterAnOrganizationNounIsTheOrganization()
    {
        var quote = Parse("Campaign group Citizens Not Subjects said the wedding cost \u201Cmillions of pounds.\u201D").Quotes.Single();
        Assert.Equal("Citizens Not Subjects", quote.Speaker);
    }

    [Fact]
    public void AGenderedRoleSkipsPeopleOfTheOtherGender()
    {
        var article = ArticleParser.Parse(
            "Gala\n\nMaria Lopez arrived with Peter Hall.\n\nAsked about the night, the actress said: \u201CIt was perfect.\u201D");
        Assert.Equal("Maria Lopez", article.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("\u201CWe will appeal,\u201D said Jonathan Swire KC.", "Jonathan Swire")]
    [InlineData("\u201CWe will appeal,\u201D Meenakshi Iyer, the firm's finance chief, told Reuters.", "Meenakshi Iyer")]
    [InlineData("\u201CWe tried,\u201D Ambassador Mariana Quishpe of Ecuador told delegates.", "Mariana Quishpe")]
    [InlineData("\u201CThey had scripts,\u201D Deputy Commissioner of Police (Cybercrime) Kavitha Ramaswamy told reporters.", "Kavitha Ramaswamy")]
    [InlineData("Chief Kofi Boakye II, 58, met miners. \u201CThe river is older than all of us,\u201D Boakye said.", "Kofi Boakye II")]
    [InlineData("Highways became what one state trooper called \u201Ca skating rink.\u201D", "one state trooper")]
    [InlineData("\u201CNo patient should wait,\u201D a Department of Health and Social Care spokesperson said.", "a Department of Health and Social Care spokesperson")]
    public void TheSpeakerIsTheNameWithoutWhatSurroundsIt(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Single().Speaker);

    [Fact]
    public void ASurnameUsedAloneMakesTheFullNameAPerson()
    {
        var article = ArticleParser.Parse(
            "Marathon\n\nJosphat Kiprono pulled away late. Kiprono, 27, won easily.\n\n\u201CMy legs were finished,\u201D he said.");
        Assert.Equal("Josphat Kiprono", article.Quotes.Single().Speaker);
    }

    [Fact]
    public void ARoleHeldAcrossAnAppositiveResolvesTheRole()
    {
        var article = ArticleParser.Parse(
            "Prize\n\nThe novel won, with the chair of judges praising its \u201Ctenderness.\u201D\n\n"
            + "The chair of judges, the broadcaster Dame Helen Ashworth, said the panel agreed \u201Cafter about four minutes.\u201D");
        Assert.All(article.Quotes, quote => Assert.Equal("Helen Ashworth", quote.Speaker));
    }

    [Fact]
    public void APronounAfterAnAnonymousSourceIsThatSource()
    {
        var article = ArticleParser.Parse(
            "Plant\n\n\u201CWe will fight,\u201D said union president Tanya Rasmussen.\n\n"
            + "One employee, who asked not to be named, said managers read a statement.\n\n\u201CThen they left,\u201D she said.");
        Assert.Equal("one employee", article.Quotes.Last().Speaker);
    }

    [Fact]
    public void ARoleNobodyNamedHoldsIsKeptAsWritten()
    {
        var quote = Parse("The mother of one of the infected children, who asked not to be named, said: \u201CWe fell behind.\u201D").Quotes.Single();
        Assert.Equal("the mother of one of the infected children", quote.Speaker);
    }

    [Theory]
    [InlineData("Cricket Australia confirmed the news. Georgina Park said: \u201CHe is ready.\u201D", "Georgina Park")]
    [InlineData("Northfleet United lost. Northfleet, who had won three in a row, said: \u201CWe will investigate.\u201D", "Northfleet United")]
    public void CountriesAndClubsAreNotPeople(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Single().Speaker);

    [Fact]
    public void AFamilyNameWrittenFirstIsTheFamilyNameAndTheTitleTellsRelativesApart()
    {
        var article = ArticleParser.Parse(
            "Stalls\n\nMadam Lim Soo Hwa, 58, has sold laksa for 20 years. Her son, Mr Lim Kai Wen, 30, helps at weekends.\n\n"
            + "\u201CPrices keep rising,\u201D said Madam Lim.\n\n\u201CWe have debt,\u201D said Mr Lim.");
        Assert.Equal(new[] { "Lim Soo Hwa", "Lim Kai Wen" }, article.Quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void ANameAfterInIsAPlaceSoAPronounKeepsTheAnonymousSource()
    {
        var article = ArticleParser.Parse(
            "Wards\n\nA cleaner at a hospital in Kuala Terengganu, who asked not to be named, said shifts had been cut.\n\n"
            + "\u201CWe are tired,\u201D she said.");
        Assert.Equal("a cleaner at a hospital in Kuala Terengganu", article.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("The Civil Aviation Authority (CAA), which regulates airports, said delays had been \u201Cunacceptable\u201D this summer.", "Civil Aviation Authority")]
    [InlineData("\u201CWe are selling at a loss,\u201D the Road Hauliers Association of Kenya said.", "Road Hauliers Association of Kenya")]
    [InlineData("Harrow Creek Farms, which sells milk abroad, will appeal. The company said it had \u201Cfollowed every rule.\u201D", "Harrow Creek Farms")]
    [InlineData("State-owned Metro Water said supplies were at \u201Chalf capacity\u201D, warning of cuts across the Northern and Eastern districts.", "Metro Water")]
    [InlineData("Residents said they had been told by engineers for months that the bridge was \u201Cperfectly safe\u201D.", "engineers")]
    [InlineData("Dr. Anika Wolff, a geologist at the University of Otago in Dunedin, New Zealand, who was not involved, called it \u201Ccareful work\u201D.", "Anika Wolff")]
    [InlineData("The researchers are wary. In the paper, they write that the effect \u201Cmay not last beyond one generation\u201D.", "the researchers")]
    public void TheSpeakerIsFoundPastWhatStandsBetween(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Single().Speaker);

    [Theory]
    [InlineData("Mosul (Iraq) (AFP) - Ahmed Saleh waded into the canal.\n\nFarmers near Mosul, a fisherman among them, said the river was dying.\n\n"
        + "\u201CIt tastes of salt,\u201D the farmer told AFP.", "Ahmed Saleh")]
    [InlineData("Court\n\nMs Justice Orla Ní Bhriain dismissed the case.\n\nIn a ruling on Friday, the judge said the claim was \u201Cwithout merit\u201D.",
        "Orla Ní Bhriain")]
    public void PlacesAndDaysAreNotPeople(string text, string speaker)
        => Assert.Equal(speaker, ArticleParser.Parse(text).Quotes.Single().Speaker);

    [Theory]
    [InlineData("Vendor Lim Mei Hua, 52, closed early. \u201CNo customers,\u201D Lim said.", "Lim Mei Hua")]
    [InlineData("Farmer Jairo Alberto Ortega Ruiz, 61, signed the petition. \u201CWe drink this water,\u201D Ortega said.", "Jairo Alberto Ortega Ruiz")]
    [InlineData("\u201CThe vote is close,\u201D said Council Member Dana Whitfield.", "Dana Whitfield")]
    [InlineData("Spokesman Karim al-Rawi spoke to reporters. \u201CWe are negotiating,\u201D Karim said.", "Karim al-Rawi")]
    [InlineData("\u201CThe cargo never arrived,\u201D said Senator Paolo Reyes Jr. on Monday.", "Paolo Reyes Jr.")]
    public void ANameKeepsEveryWordThatIsPartOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, Parse(paragraph).Quotes.Single().Speaker);

    [Theory]
    [InlineData("Twins\n\nMaya and Leah Okafor both scored. Maya Okafor hit the winner.\n\nMaya, who had been injured, smiled. \u201CI told you,\u201D Maya said.", "Maya Okafor")]
    [InlineData("Lake\n\n\u201CIt is rising,\u201D said Rosa Condori Mamani, a hydrologist.\n\nCondori, who has studied it for years, was blunt. \u201CWe are late,\u201D Condori said.",
        "Rosa Condori Mamani")]
    [InlineData("Region\n\nThe regional governor of Cusco, Hernán Paredes, asked for funds. \u201CWe have waited four years,\u201D he said.", "Hernán Paredes")]
    [InlineData("Derby\n\nKwesi Mensah scored late. It was sweeter for Mensah because his older brother, Yaw, was in the other side.\n\n"
        + "\u201CI pick tonight of all nights,\u201D Mensah said.\n\nYaw Mensah, who played all 90 minutes, said little.", "Kwesi Mensah")]
    public void AShortFormMeansThePersonItMeantBefore(string text, string speaker)
        => Assert.Equal(speaker, ArticleParser.Parse(text).Quotes.Last().Speaker);

    [Fact]
    public void APeriodBeforeACommaDoesNotEndTheSentence()
    {
        var quote = Parse("Vancouver-based Larch Mining Corp., which owns the mine, said it was \u201Cdeeply disappointed\u201D.").Quotes.Single();
        Assert.Equal("Larch Mining Corp.", quote.Speaker);
    }

    [Fact]
    public void TheOrchestraIsTheOrganizationNamedBefore()
    {
        var quote = Parse("The Halden Chamber Philharmonic premiered the work. In a statement, the orchestra called it \u201Ca beginning.\u201D").Quotes.Single();
        Assert.Equal("Halden Chamber Philharmonic", quote.Speaker);
    }

    [Theory]
    [InlineData("The report, titled \u201CRivers in retreat: a decade of decline in the upper basin,\u201D was published on Monday.")]
    [InlineData("He said the man, whom he knew only as \u201CBingo,\u201D had borrowed his car.")]
    public void TitlesAndGivenNamesAreNobodysWords(string paragraph)
    {
        var quote = Parse(paragraph).Quotes.Single();
        Assert.Null(quote.Speaker);
        Assert.Equal(ParsedQuoteKind.Phrase, quote.Kind);
    }

    [Theory]
    [InlineData("She called it \u201Ca disgrace.\u201D", false)]
    [InlineData("The \u201Csmart\u201D meters failed.", false)]
    [InlineData("\u201CWe will appeal,\u201D she said.", true)]
    [InlineData("She said the ruling would \u201Cdestroy the livelihoods of thousands of families.\u201D", true)]
    public void KindIsSpeechOrPhrase(string paragraph, bool direct)
        => Assert.Equal(direct ? ParsedQuoteKind.Direct : ParsedQuoteKind.Phrase, Parse(paragraph).Quotes.Single().Kind);

    private static ParsedArticle Parse(string paragraph) => ArticleParser.Parse("Headline\n\n" + paragraph);
}
