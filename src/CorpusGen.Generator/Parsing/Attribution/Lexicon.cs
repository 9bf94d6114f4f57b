using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>Word lists the attribution rules rely on. Lookups are case-sensitive unless noted.</summary>
internal static class Lexicon
{
    /// <summary>Speech verbs that characterize rather than report ("described it as ‘a nightmare’"): what they quote is a phrase.</summary>
    public static readonly HashSet<string> CharacterizingVerbs = Forms(
        "describe described describes describing",
        "call called calls calling",
        "term termed terms terming",
        "label labeled labelled labels labeling labelling",
        "brand branded brands branding",
        "dub dubbed dubs dubbing",
        "frame framed frames framing",
        "characterize characterized characterizes characterizing characterise characterised",
        "defend defended defends defending hail hailed hails hailing dismiss dismissed dismisses dismissing",
        "praise praised praises praising criticize criticized criticizes criticizing criticise criticised",
        "slam slammed slams slamming denounce denounced denounces denouncing condemn condemned condemns condemning",
        "deride derided derides deriding decry decried decries decrying",
        "accuse accused accuses accusing");

    /// <summary>Verbs that report speech, in every form a news sentence uses them.</summary>
    public static readonly HashSet<string> ReportingVerbs = Forms(
        "say said says saying",
        "state stated states stating",
        "add added adds adding",
        "note noted notes noting",
        "warn warned warns warning",
        "tell told tells telling",
        "ask asked asks asking",
        "insist insisted insists insisting",
        "urge urged urges urging",
        "argue argued argues arguing",
        "explain explained explains explaining",
        "emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising",
        "stress stressed stresses stressing",
        "confirm confirmed confirms confirming",
        "claim claimed claims claiming",
        "assert asserted asserts asserting",
        "declare declared declares declaring",
        "announce announced announces announcing",
        "admit admitted admits admitting",
        "acknowledge acknowledged acknowledges acknowledging",
        "reply replied replies replying",
        "responded responds",
        "recall recalled recalls recalling",
        "remark remarked remarks remarking",
        "contend contended contends contending",
        "maintain maintained maintains maintaining",
        "observe observed observes observing",
        "suggest suggested suggests suggesting",
        "highlight highlighted highlights highlighting",
        "reiterate reiterated reiterates reiterating",
        "pledge pledged pledges pledging",
        "promise promised promises promising",
        "vow vowed vows vowing",
        "write wrote writes writing",
        "tweet tweeted tweets tweeting",
        "predict predicted predicts predicting",
        "complain complained complains complaining",
        "concede conceded concedes conceding",
        "caution cautioned cautions cautioning",
        "demand demanded demands demanding",
        "conclude concluded concludes concluding",
        "beamed laughed joked quipped sighed shouted whispered exclaimed boasted retorted countered cried mused");

    /// <summary>Every verb that attributes a quote: reporting and characterizing verbs.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(ReportingVerbs.Concat(CharacterizingVerbs), LexiconComparer.Instance);

    /// <summary>
    /// Verb forms that are more often plural nouns ("Roth’s remarks", "the union’s demands"); they count
    /// as verbs only right after a subject ("what he terms", "Moscow claims").
    /// </summary>
    public static readonly HashSet<string> NounLikeVerbForms = Forms(
        "remarks claims calls promises demands notes pledges vows tweets terms labels brands frames praises cautions",
        "complaints comments statements words replies responds answers dubs defends dismisses criticizes hails states");

    /// <summary>Heads of indefinite phrases that name a document or a medium, not a source: "according to a report".</summary>
    public static readonly HashSet<string> DocumentNouns = Forms(
        "statement report letter post study survey document memo filing release interview email tweet video poll analysis",
        "transcript record copy draft note notice ruling decision judgment complaint lawsuit petition book article film");

    /// <summary>Words of time phrases that may stand between a subject and its verb ("last year described").</summary>
    public static readonly HashSet<string> TimeWords = Forms(
        "last this next on earlier later year week month night morning evening afternoon weekend day today yesterday tonight",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September",
        "October November December");

    /// <summary>Words that may stand between a subject and its verb: auxiliaries and common adverbs.</summary>
    public static readonly HashSet<string> VerbModifiers = Forms(
        "has have had was were is are be been will would could also repeatedly recently later then previously again once further",
        "publicly privately reportedly allegedly has since often never not already still earlier today yesterday");

    /// <summary>"Russian", "Nigerian", "Japanese": a word for a nationality or people.</summary>
    public static bool IsDemonym(string word)
        => word.Length > 4 && char.IsUpper(word[0]) && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal));

    /// <summary>Titles written before a name; the canonical name leaves them out.</summary>
    public static readonly HashSet<string> Titles = Forms(
        "President Vice Prime Minister Mayor Governor Gov. Senator Sen. Representative Rep. Secretary Chancellor Premier",
        "Mr. Mrs. Ms. Dr. Prof. Professor General Gen. Colonel Col. Lieutenant Lt. Sergeant Sgt. Captain Capt. Commander Admiral",
        "Major Maj. King Queen Prince Princess Pope Judge Justice Chief Ambassador Deputy Director Chairman Chairwoman Chair",
        "Speaker Sheikh Emir Sir Dame Lord Lady Rev. Reverend Bishop Archbishop Patriarch Councillor Councilman Councilwoman",
        "Commissioner Inspector Detective Officer Spokesman Spokeswoman Spokesperson Adviser Advisor",
        "Attorney Head Leader Marshal Field Mr Mrs Ms Dr Administrator Superintendent",
        "Sheriff Treasurer Auditor Clerk Coach Trustee Alderman Alderwoman Assemblyman Assemblywoman Congressman Congresswoman",
        "Delegate Magistrate Provost Dean Principal Executive Chairperson Councilor Supervisor Comptroller Controller Registrar",
        "Ombudsman Mufti Rabbi Imam Father Sister Brother Pastor Cardinal Chancellor Baroness Baron Councilmember Councilmembers",
        "Assemblymember Selectman Selectwoman Freeholder Legislator Lawmaker Ambassador-at-large Envoy Governor-General",
        "Cllr Cllr. MP MEP MLA MSP TD Supt Supt. Insp Insp. Det Det. Const. Constable Cmdr Cmdr. Taoiseach Tánaiste Assistant",
        "Member Cr Cr. Aunty Auntie Uncle Madam Mdm Mdm. Miss Elder Alhaji Alhaja Mallam Oba Togbe Nana Datuk Dato Haji Hajjah Ustaz");

    /// <summary>Last words of places' names: "Montgomery County", "Western Province" are not people.</summary>
    public static readonly HashSet<string> PlaceSuffixes = Forms(
        "County Province District Borough Parish Prefecture Municipality Township Region Valley Island Islands Bay Road Street State");

    /// <summary>Generations after a name: "Kofi Boakye II", "Lorenzo Bautista Jr.". Canonical names keep them.</summary>
    public static readonly HashSet<string> Generations = Forms("Jr Jr. Sr Sr. II III IV");

    /// <summary>Letters after a name that are not part of it as a run of capitalized words: "Jonathan Swire KC", "Naveed Qureshi MP".</summary>
    public static readonly HashSet<string> PostNominals = new(Forms("KC QC SC MP MEP MSP MLA TD OBE MBE CBE KBE DBE PhD MD").Concat(Generations), LexiconComparer.Instance);

    /// <summary>
    /// Countries and continents, as the last word of their names: a run ending in one ("Cricket Australia",
    /// "Tourism New Zealand") is an organization or a place, not a person.
    /// </summary>
    public static readonly HashSet<string> Countries = Forms(
        "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh",
        "Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Herzegovina Botswana Brazil Brunei Bulgaria Burundi",
        "Cambodia Cameroon Canada Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica",
        "Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada",
        "Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Italy Jamaica Japan",
        "Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania",
        "Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco",
        "Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Zealand Nicaragua Niger Nigeria",
        "Macedonia Norway Oman Pakistan Palau Palestine Panama Papua Paraguay Peru Philippines Poland Portugal Qatar Romania",
        "Russia Rwanda Samoa Marino Arabia Senegal Serbia Seychelles Leone Singapore Slovakia Slovenia Somalia Africa",
        "Korea Spain Lanka Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Trinidad",
        "Tobago Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Emirates Kingdom States Uruguay Uzbekistan Vanuatu",
        "Venezuela Vietnam Yemen Zambia Zimbabwe Europe Asia America Oceania Antarctica Scotland England Wales Britain");

    /// <summary>Role nouns that name a person by what they do (the president, an adviser, a spokesperson).</summary>
    public static readonly HashSet<string> RoleNouns = Forms(
        "president minister mayor governor senator secretary chancellor premier general colonel commander spokesman spokeswoman",
        "spokesperson adviser advisor aide analyst expert official diplomat ambassador lawyer attorney prosecutor judge teacher",
        "doctor nurse resident witness soldier officer commander chief director chairman chairwoman leader head economist",
        "professor researcher scientist engineer author writer journalist reporter editor activist campaigner organizer",
        "manager executive founder owner farmer worker student pastor priest imam rabbi bishop source insider negotiator",
        "envoy representative lawmaker legislator councillor councilman councilwoman sheriff captain lieutenant sergeant",
        "mother father son daughter wife husband sister brother veteran survivor observer historian strategist economist",
        "welder nurse firefighter teacher coach player midfielder striker goalkeeper captain pilot driver mechanic owner",
        "shopkeeper baker chef singer musician artist actor actress director producer administrator superintendent sheriff",
        "trustee chairwoman chairperson councilwoman councilmember congressman congresswoman senator governor candidate",
        "epidemiologist physician surgeon biologist ecologist chemist physicist analyst consultant accountant banker trader",
        "investor entrepreneur landlord tenant parent grandmother grandfather neighbor neighbour retiree volunteer organiser",
        "star promoter clinician supervisor curator keeper inspector detective prosecutor defendant plaintiff champion",
        "justice businessman businesswoman rival runner athlete marathoner bride groom princess prince guest secretary",
        "commissioner chief superintendent lecturer dean principal headteacher headmaster headmistress vicar",
        "chair broadcaster novelist poet playwright presenter comedian bowler batter batsman forward defender winger referee",
        "umpire trooper constable paramedic midwife pharmacist dentist veterinarian architect designer photographer",
        "filmmaker campaigner barrister solicitor counsel treasurer auditor registrar ranger glaciologist climatologist",
        "meteorologist forecaster geologist virologist immunologist psychologist psychiatrist sociologist criminologist",
        "mother-of-two father-of-three resident homeowner commuter shopper patient passenger motorist cyclist fisherman",
        "stallholder vendor hawker trader miner chairperson curator elder");

    /// <summary>Head nouns of appositives that describe an organization or place, not a person.</summary>
    public static readonly HashSet<string> OrganizationNouns = Forms(
        "company firm maker manufacturer group organization organisation agency charity bank university college school",
        "hospital city town village country region state province district county party union network chain retailer",
        "startup airline team club league ministry department council committee board newspaper magazine station",
        "federation association institute commission authority court tribunal regulator coalition alliance campaign",
        "foundation society trust bank government administration office service army police embassy museum patrol",
        "orchestra choir band theatre theater gallery library unit bureau");

    /// <summary>Capitalized words that make a name an organization's or a place's, not a person's.</summary>
    public static readonly HashSet<string> OrganizationWords = Forms(
        "Nations Union Ministry Office Council Party Company Corporation Corp Inc Ltd Bank University College School",
        "Department Agency Committee Board Court Army Forces Police Service Services Group Association Institute Foundation",
        "Times News Post Press Journal Airlines Airways Systems Industries Holdings Partners Capital Fund Trust Society Federation",
        "Commission Authority Assembly Parliament Congress Senate House Government Administration",
        "Organization Organisation Network Media Television Radio Club Hospital Center Centre Museum Church League Team FC",
        "Pharma Pharmaceuticals Therapeutics Labs Laboratories Technologies Motors Energy Foods Ventures Insurance Studios",
        "Entertainment Logistics Solutions Software Robotics Telecom Mining Markets Clinic Zoo Railways Shipping Construction",
        "Guild Alliance Coalition Athletics Airport Port Council Trust Partnership Collective Cooperative Initiative Patrol",
        "Limited PLC LLC LLP GmbH Farms Brewery Utilities Chamber Bureau Corp. Inc. Ltd. Co. Bros. Plc.");

    /// <summary>Last words of sports clubs' names: "Northfleet United", "Fenwick Rovers" (but not "United States").</summary>
    public static readonly HashSet<string> ClubSuffixes = Forms(
        "United Rovers Rangers Wanderers Athletic Albion Hotspur Harriers Argyle Thistle");

    /// <summary>Words that open an anonymous source's description: "a senior official", "two people familiar with …".</summary>
    public static readonly HashSet<string> IndefiniteOpeners = Forms(
        "a an A An one One two Two three Three four Four several Several some Some many Many few Few other Other another Another");

    /// <summary>Nouns of anonymous sources, kept as written: "a senior official", "a source close to the administration".</summary>
    public static readonly HashSet<string> SourceNouns = Forms(
        "source sources official officials spokesman spokeswoman spokesperson aide aides diplomat diplomats analyst analysts",
        "expert experts insider insiders resident residents witness witnesses observer observers representative representatives",
        "officer officers lawmaker lawmakers person people member members adviser advisers advisor advisors negotiator negotiators",
        "commander commanders soldier soldiers worker workers employee employees student students doctor doctors");

    public static readonly HashSet<string> MalePronouns = Forms("he He him his His");

    public static readonly HashSet<string> FemalePronouns = Forms("she She her Her hers");

    /// <summary>Words that start a relative or subordinate clause; a subject never reaches across them.</summary>
    public static readonly HashSet<string> ClauseStarters = Forms(
        "that which who whom whose what while whereas because although though when where if as and but or with without",
        "That Which Who What While Whereas Because Although Though When Where If As And But Or With Without");

    /// <summary>Capitalized words that commonly start a sentence and are not names.</summary>
    public static readonly HashSet<string> SentenceStarters = Forms(
        "The A An In On At For With As But And Or Yet So However Despite Meanwhile According This That These Those It He She",
        "They We I You His Her Their Its Our My While When Where Whether If Although Though After Before During Amid Amidst",
        "Since Until Unless Because Even Still Also Then There Here Such Many Most Some Several All Both Each Every No Not",
        "Other Another Further Furthermore Moreover Nevertheless Instead Indeed Only Once Now Today Yesterday Earlier Later",
        "Last Next First Second Third Finally Besides Like Unlike Under Over Through Throughout Within Without Against Among");

    /// <summary>Role nouns that tell a person's gender: "the new princess" is a woman named before.</summary>
    public static readonly HashSet<string> FemaleRoleNouns = Forms(
        "spokeswoman chairwoman councilwoman congresswoman businesswoman actress mother daughter wife sister grandmother",
        "bride princess queen widow headmistress girlfriend aunt niece");

    /// <summary>Role nouns that tell a person's gender: "the groom" is a man named before.</summary>
    public static readonly HashSet<string> MaleRoleNouns = Forms(
        "spokesman chairman councilman congressman businessman actor father son husband brother grandfather groom",
        "prince king widower headmaster boyfriend uncle nephew");

    public static Gender GenderOfRole(string noun)
        => FemaleRoleNouns.Contains(noun) ? Gender.Female : MaleRoleNouns.Contains(noun) ? Gender.Male : Gender.Unknown;

    public static bool IsPronoun(string word) => MalePronouns.Contains(word) || FemalePronouns.Contains(word);

    /// <summary>A set of the space-separated words on <paramref name="lines"/>.</summary>
    public static HashSet<string> Forms(params string[] lines)
    {
        var set = new HashSet<string>(LexiconComparer.Instance);
        foreach (var line in lines)
        {
            foreach (var word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(word);
            }
        }

        return set;
    }
}
