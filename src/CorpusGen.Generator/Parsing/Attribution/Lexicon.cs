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
        "Cllr Cllr. MP MEP MLA MSP TD Supt Supt. Insp Insp. Det Det. Const. Constable Cmdr Cmdr. Taoiseach Tánaiste Assistant");

    /// <summary>Letters after a name that are not part of it: "Jonathan Swire KC", "Naveed Qureshi MP".</summary>
    public static readonly HashSet<string> PostNominals = Forms(
        "KC QC SC MP MEP MSP MLA TD OBE MBE CBE KBE DBE Jr Jr. Sr Sr. II III IV PhD MD");

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
        "mother-of-two father-of-three resident homeowner commuter shopper patient passenger motorist cyclist fisherman");

    /// <summary>Head nouns of appositives that describe an organization or place, not a person.</summary>
    public static readonly HashSet<string> OrganizationNouns = Forms(
        "company firm maker manufacturer group organization organisation agency charity bank university college school",
        "hospital city town village country region state province district county party union network chain retailer",
        "startup airline team club league ministry department council committee board newspaper magazine station",
        "federation association institute commission authority court tribunal regulator coalition alliance campaign",
        "foundation society trust bank government administration office service army police embassy museum patrol");

    /// <summary>Capitalized words that make a name an organization's or a place's, not a person's.</summary>
    public static readonly HashSet<string> OrganizationWords = Forms(
        "Nations Union Ministry Office Council Party Company Corporation Corp Inc Ltd Bank University College School",
        "Department Agency Committee Board Court Army Forces Police Service Services Group Association Institute Foundation",
        "Times News Post Press Journal Airlines Airways Systems Industries Holdings Partners Capital Fund Trust Society Federation",
        "Commission Authority Assembly Parliament Congress Senate House Government Administration",
        "Organization Organisation Network Media Television Radio Club Hospital Center Centre Museum Church League Team FC",
        "Pharma Pharmaceuticals Therapeutics Labs Laboratories Technologies Motors Energy Foods Ventures Insurance Studios",
        "Entertainment Logistics Solutions Software Robotics Telecom Mining Markets Clinic Zoo Railways Shipping Construction",
        "Guild Alliance Coalition Athletics Airport Port Council Trust Partnership Collective Cooperative Initiative Patrol");

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

    public static readonly HashSet<string> MaleGivenNames = Forms(
        "Aaron Adam Adrian Ahmed Alan Albert Alejandro Aleksandr Aleksei Alexander Alexandre Alexei Alexey Ali Andrei Andrey Andrew",
        "Andriy Anthony Anton Antonio Arthur Barack Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Charles Chris",
        "Christopher Daniel David Dmitri Dmitry Donald Edward Emmanuel Eric Evgeny Fedor Felix Francis Francisco Frank Fyodor",
        "Gary George Gerhard Gregory Hans Henry Hugo Igor Ilya Ivan Jack Jacob James Jan Javier Jean Jeffrey Jens Jerome Jim",
        "Joe John Jonathan Jorge Jose Joseph Juan Justin Karl Keir Kevin Kirill Konstantin Kyle Larry Leonid Louis Luis Lukas",
        "Mark Martin Matthew Maxim Michael Mikhail Mohammed Muhammad Nicholas Nick Nikita Nikolai Oleg Oleksandr Olaf Oliver",
        "Olaf Patrick Paul Pavel Pedro Peter Petro Philip Pierre Rafael Ralph Richard Rishi Robert Roman Ron Ruslan Ryan Sam",
        "Samuel Scott Sean Sebastian Sergei Sergey Serhiy Stanislav Stephen Steve Steven Thomas Tim Timothy Tom Valery Vasily",
        "Viktor Vitaly Vitali Vladimir Volodymyr Vyacheslav Walter William Xi Yevgeny Yuri Yury",
        "Abdul Adeyemi Aidan Alberto Alec Alfred Amir Andre Andres Angelo Antoine Arjun Arnold Austin Barry Bernie Blake Bradley",
        "Brandon Brendan Brett Calvin Cameron Carlo Carter Chad Chandler Chang Chen Chester Clarence Clark Clifford Clint Colin",
        "Connor Craig Curtis Dale Damian Dan Danny Darius Darren Dave Dean Dennis Derek Desmond Devon Diego Dominic Don Doug",
        "Douglas Duncan Dustin Dwayne Dylan Earl Eddie Edgar Edwin Eli Elijah Elliot Emeka Emil Enrique Erik Ernest Ethan Eugene",
        "Evan Fabio Farid Fernando Finn Floyd Frederick Gabriel Gareth Gavin Gene Geoffrey Gerald Giovanni Glen Glenn Gordon",
        "Graham Grant Greg Guillermo Gustavo Hamid Harold Harry Harvey Hassan Hector Herbert Howard Hussein Ian Isaac Jake Jamal",
        "Jared Jason Jay Jeff Jeremy Jesse Jesus Joel Johnny Jon Jordan Joshua Julian Julius Kai Karim Keith Ken Kenneth Kenji",
        "Kofi Kwame Lance Lawrence Lee Leo Leon Leonard Lewis Liam Lionel Logan Lorenzo Luca Lucas Luke Malcolm Manuel Marco",
        "Marcus Mario Marvin Mason Mateo Matt Maurice Max Micah Miguel Mike Miles Mitchell Mohamed Morgan Nathan Neil Nelson",
        "Noah Norman Omar Oscar Owen Pablo Paolo Patrice Percy Phil Pradeep Rahul Raj Ramon Randy Ravi Ray Raymond Reggie Ricardo",
        "Rick Ricky Rob Roberto Rodney Roger Ronald Ross Roy Russell Rudy Salvador Santiago Saul Sergio Seth Shane Simon",
        "Stanley Stefan Stuart Tariq Ted Terrence Terry Theo Theodore Tobias Todd Tony Travis Trevor Troy Tyler Umar Vernon",
        "Vicente Victor Vincent Wade Warren Wayne Wesley Will Willie Yusuf Zachary Zane Kwabena Obinna Chidi Tunde Oluwaseun",
        "Marek Tomas Tomasz Jiri Petr Milan Zoltan Istvan Laszlo Andrzej Piotr Krzysztof Wojciech Jakub Michal Lukasz Radek",
        "Erik Lars Anders Nils Sven Bjorn Olav Henrik Magnus Johan Mats Jonas Mikael Rasmus Søren Jens Aleksander Matteo Luigi",
        "Giuseppe Francesco Alessandro Stefano Massimo Jorgen Pieter Joost Bram Willem Hendrik Koen Thijs Dirk Jurgen Klaus Uwe",
        "Wolfgang Dieter Helmut Rainer Matthias Florian Tobias Niklas Felipe Rodrigo Joao Tiago Rui Nuno Duarte Hugo Mehmet",
        "Emre Burak Kemal Arash Reza Dariush Kenta Hiroshi Takeshi Haruto Wei Jun Hao Minh Anh Sanjay Vikram Arvind Rohan Amit");

    public static readonly HashSet<string> FemaleGivenNames = Forms(
        "Alice Alina Alla Amanda Amy Ana Anastasia Angela Anna Anne Annalena Antonia Barbara Carla Carol Caroline Catherine",
        "Charlotte Christine Claire Claudia Daria Diana Elena Elisabeth Elizabeth Ella Ellen Elvira Emily Emma Eva Galina",
        "Hanna Hannah Helen Helena Inna Irina Isabel Isabella Jacinda Jane Janet Jennifer Jessica Joan Julia Julie Karen",
        "Kamala Kate Katerina Katherine Kathleen Kristina Larisa Laura Linda Lisa Liz Lucy Lyudmila Margaret Maria Marie",
        "Marina Marine Mary Maya Melania Michelle Mila Nadia Nadezhda Natalia Natalya Nancy Natasha Nicola Nina Oksana Olena",
        "Olga Rachel Rebecca Sandra Sarah Sophie Svetlana Tatiana Tatyana Theresa Ursula Valentina Vera Victoria Yulia Zoe",
        "Abigail Adriana Agnes Aisha Alejandra Alexandra Alexis Alison Allison Amanda Amelia Andrea Angela Angelica Anita Ann",
        "Annie April Ashley Audrey Beatrice Bella Beth Bethany Betty Beverly Bianca Brenda Bridget Brittany Camila Carmen Carolyn",
        "Cassandra Cecilia Chiara Chloe Cindy Clara Colleen Connie Courtney Cynthia Daisy Dana Danielle Deborah Debra Denise",
        "Diane Dolores Donna Doris Dorothy Eileen Elaine Eleanor Elena Eliza Ellie Elsa Erica Erin Esther Eunice Evelyn Fatima",
        "Felicity Fiona Florence Frances Francesca Gabriela Gail Gemma Georgia Gillian Gina Gloria Grace Gwen Harriet Hazel",
        "Heather Heidi Helga Hilary Holly Hope Ida Ines Ingrid Irene Iris Isla Ivy Jackie Jacqueline Jade Jasmine Jean Jenna",
        "Jenny Jill Joanna Joanne Jocelyn Josephine Joy Joyce Judith Judy Juliet June Kara Karin Kathy Katie Kay Kayla Kelly",
        "Kim Kimberly Kirsten Krista Kristen Lana Leah Leila Lena Leslie Lillian Lily Lindsay Lois Lorna Lorraine Louise Lucia",
        "Lydia Lynn Mabel Madeline Madison Maggie Mandy Marcia Margarita Marian Marilyn Marjorie Marlene Martha Maureen Megan",
        "Melanie Melissa Mercy Meredith Mia Miriam Molly Monica Nadine Naomi Natalie Nicole Nora Norma Olivia Pamela Patricia",
        "Paula Pauline Peggy Penelope Phoebe Phyllis Polly Priya Priscilla Rachael Rita Roberta Robin Rosa Rosalind Rose",
        "Rosemary Ruby Ruth Sabrina Sally Samantha Sara Sharon Sheila Shirley Simone Sofia Sonia Stella Stephanie Susan Suzanne",
        "Sylvia Tamara Tanya Teresa Tessa Tiffany Tina Tracy Valerie Vanessa Veronica Vivian Wanda Wendy Whitney Yasmin Yvonne",
        "Zainab Zara Ngozi Amara Chiamaka Folake Adaeze Ama Akua Abena Mei Yuki Aiko Hana Lan Mariam Nour Layla Shreya Ananya",
        "Maren Astrid Sigrid Freya Kari Liv Solveig Birgit Annika Anika Katarzyna Agnieszka Magdalena Malgorzata Jana Petra",
        "Zuzana Lucie Marta Ewa Dorota Ilse Greta Heike Ute Sabine Claudia Carla Giulia Francesca Elisa Chiara Lorenza Ines",
        "Beatriz Leonor Mariana Catarina Olena Oksana Iryna Halyna Tetiana Ayse Elif Zeynep Leyla Shirin Yasmin Keiko Sakura",
        "Mina Jia Xiu Lin Priyanka Sunita Kavita Lakshmi Anjali Nadia Samira Amina Rania Lina Noor");

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

    private static HashSet<string> Forms(params string[] lines)
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
