using System;
using System.Collections.Generic;
using System.Linq;
using static CorpusGen.Generator.Parsing.Attribution.Index.NameParts;
using static CorpusGen.Generator.Parsing.Attribution.Index.OrganizationShapes;
using static CorpusGen.Generator.Parsing.Attribution.Index.PersonShapes;
using static CorpusGen.Generator.Parsing.Attribution.Index.RoleShapes;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// The people an article names, with the fullest form of each name, their gender where a given name,
/// title or pronoun tells it, their roles, and where in the article each is mentioned.
/// A capitalized run counts as a person only on evidence: a title, a known given name, a role noun
/// before it or in an appositive after it, or a possessive picked up by "his" or "her".
/// </summary>
internal sealed class PersonRegistry
{
    // People who share a surname ("Talia" and "Rosa Marchetti") are kept apart by their given names.
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person?> _byGivenName = new(StringComparer.Ordinal);
    private readonly List<Mention> _mentions = new();
    private readonly List<(int Position, string Name)> _organizations = new();
    private readonly Dictionary<string, string?> _organizationsByFirstWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizationNames = new(StringComparer.Ordinal);

    public static PersonRegistry Build(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        var registry = new PersonRegistry();
        var midSentence = NameFinder.MidSentenceCapitalized(paragraphs);
        var runs = paragraphs.Select(paragraph => NameFinder.Find(paragraph, midSentence)).ToList();
        var surnamesUsedAlone = SurnamesUsedAlone(paragraphs, runs);
        var places = PlaceNames.Find(paragraphs, runs);
        var organizationHeads = OrganizationHeads(paragraphs, runs);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var run in runs[p])
            {
                if (run.First == run.Last && organizationHeads.Contains(paragraphs[p].Tokens[run.First].Base))
                {
                    // "Northfleet, who had won …" after "Northfleet United": the club, not a person.
                    continue;
                }

                registry.Register(paragraphs[p], run.First, run.Last, surnamesUsedAlone, places);
            }
        }

        registry.JoinFamilyNamesWrittenFirst();
        registry.AddPaternalSurnames();

        // Organizations: runs marked as one, and every later run that repeats such a name.
        var organizationNames = registry._organizationNames;
        var organizationLastWords = new HashSet<string>(StringComparer.Ordinal);
        var organizationFirstWords = registry._organizationsByFirstWord;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var run in runs[p])
            {
                var tokens = paragraphs[p].Tokens;
                if (registry.Find(tokens[run.Last].Base) is null && IsOrganizationMention(tokens, run.First, run.Last))
                {
                    var name = OrganizationName(paragraphs[p], run.First, run.Last);
                    organizationNames.Add(name);
                    organizationLastWords.Add(tokens[run.Last].Base);
                    var space = name.IndexOf(' ');
                    if (space > 0)
                    {
                        // "Halvorsen" alone, after "Halvorsen Pharma", is the same organization, if no other starts so.
                        var firstWord = name.Substring(0, space);
                        organizationFirstWords[firstWord] = organizationFirstWords.TryGetValue(firstWord, out var other) && other != name ? null : name;
                    }
                }
            }
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var subjectSentence = -1;
            foreach (var run in runs[p])
            {
                var nameStart = NameStart(paragraph.Tokens, run.First, run.Last);
                var person = registry.Find(paragraph.Tokens, nameStart, run.Last, paragraph.Position(run.First))
                    ?? registry.AddNamesake(paragraph.Tokens, nameStart, run.Last);
                var attributive = run.First > 0 && paragraph.Tokens[run.First - 1].Text is "the" or "The" or "a" or "an";
                if (person is not null && !attributive && !IsOrganization(paragraph.Tokens, nameStart, run.Last))
                {
                    // "When Dennis Hartley opened …" then "said Mr Hartley": the fullest form wins, wherever it stands.
                    person.OfferName(paragraph.Tokens, nameStart, run.Last);
                    var sentence = paragraph.SentenceStart(run.First);
                    var isSubject = sentence != subjectSentence && !paragraph.Tokens[run.Last].IsPossessive;
                    if (isSubject)
                    {
                        subjectSentence = sentence;
                    }

                    var bySurnameAlone = nameStart == run.Last && paragraph.Tokens[run.Last].Base == person.Surname;
                    registry._mentions.Add(new Mention(paragraph.Position(run.Last), p, person, isSubject, bySurnameAlone));
                }
                else if (person is null && run.First == run.Last && organizationFirstWords.TryGetValue(paragraph.Tokens[run.Last].Base, out var fullName) && fullName is not null)
                {
                    registry._organizations.Add((paragraph.Position(run.First), fullName));
                }
                else if (person is null && organizationLastWords.Contains(paragraph.Tokens[run.Last].Base)
                    && OrganizationName(paragraph, run.First, run.Last) is var name && organizationNames.Contains(name))
                {
                    registry._organizations.Add((paragraph.Position(run.First), name));
                }
            }

            registry.AddRoleMentions(paragraph, p);
        }

        registry._mentions.Sort((left, right) => left.Position.CompareTo(right.Position));
        foreach (var person in registry._bySurname.Values.SelectMany(people => people))
        {
            var space = person.CanonicalName.IndexOf(' ');
            if (space > 0)
            {
                var given = person.CanonicalName.Substring(0, space);
                registry._byGivenName[given] = registry._byGivenName.ContainsKey(given) ? null : person;
            }
        }

        return registry;
    }

    /// <summary>
    /// "Madam Tan" after "Madam Tan Bee Leng" and "Mr Tan Wei Ming": names written family name first. A
    /// surname known only alone, with a title, that opens longer names as something other than a given
    /// name, is those people's, and the title's gender tells them apart.
    /// </summary>
    private void JoinFamilyNamesWrittenFirst()
    {
        var everyone = Everyone();
        foreach (var surname in _bySurname.Keys.ToList())
        {
            var people = _bySurname[surname];
            // "Jordyn, who …" beside "Jordyn Pierce" is her too: a known given name alone needs no title to say so.
            if (people.Count != 1 || people[0].GivenName is not null || (people[0].Roles.Count == 0 && !NameFinder.IsGivenName(surname)))
            {
                continue;
            }

            var familyFirst = everyone.Where(person => string.Equals(person.GivenName, surname, StringComparison.Ordinal)).ToList();
            if (familyFirst.Count == 0 || (NameFinder.IsGivenName(surname) && familyFirst.Count > 1))
            {
                continue;
            }

            var alone = people[0];
            var fitting = familyFirst.Where(person => person.IsCompatible(alone.Gender)).ToList();
            if (fitting.Count == 1)
            {
                fitting[0].OfferGender(alone.Gender);
                fitting[0].Roles.UnionWith(alone.Roles);
            }

            _bySurname[surname] = familyFirst;
        }
    }

    /// <summary>
    /// "Restrepo" for "Ana Lucía Restrepo Vélez", "Huamán" for "Beatriz Huamán Quispe": where names carry two
    /// family names, the first is used alone. A person named by three or more words is found by the word before
    /// the last too, when that word is no one's given name and no one else's surname.
    /// </summary>
    private void AddPaternalSurnames()
    {
        foreach (var person in Everyone())
        {
            var words = person.CanonicalName.Split(' ');
            if (words.Length < 3)
            {
                continue;
            }

            var paternal = words[words.Length - 2];
            if (paternal.Length < 2 || !char.IsUpper(paternal[0]) || NameFinder.IsGivenName(paternal) || Lexicon.PostNominals.Contains(words[words.Length - 1])
                || words[0] == paternal)
            {
                continue;
            }

            if (!_bySurname.TryGetValue(paternal, out var known))
            {
                _bySurname.Add(paternal, new List<Person> { person });
            }
            else if (known.Count == 1 && known[0].CanonicalName == paternal)
            {
                // "Huamán, who has monitored …": the name used alone was hers.
                person.OfferGender(known[0].Gender);
                person.Roles.UnionWith(known[0].Roles);
                known[0] = person;
            }
        }
    }

    /// <summary>Every person registered, once each (a person may stand under more than one surname).</summary>
    private List<Person> Everyone() => _bySurname.Values.SelectMany(people => people).Distinct().ToList();

    /// <summary>
    /// "Northfleet" for "Northfleet United": the one organization whose name starts with <paramref name="word"/>, unless
    /// the word names an organization of its own ("Northstar" beside "Northstar Pilots Association").
    /// </summary>
    public string? OrganizationStartingWith(string word)
        => !_organizationNames.Contains(word) && _organizationsByFirstWord.TryGetValue(word, out var name) ? name : null;

    public Person? Find(string surname) => _bySurname.TryGetValue(surname, out var people) ? people[0] : null;

    /// <summary>
    /// The person tokens [<paramref name="first"/>, <paramref name="last"/>] name at <paramref name="position"/>: by
    /// given name when the run has one, else, of the people with that surname, the one mentioned last before it.
    /// </summary>
    public Person? Find(List<Token> tokens, int first, int last, int position)
    {
        if (!_bySurname.TryGetValue(tokens[last].Base, out var people))
        {
            return null;
        }

        for (var k = first; k < last; k++)
        {
            if (Person.WithGivenName(people, tokens[k].Base) is { GivenName: not null } named)
            {
                return named;
            }
        }

        if (first < last && NameFinder.CanBeGivenName(tokens[first].Base))
        {
            // "Rosa Marchetti" is not "Talia Marchetti", though both are "Marchetti".
            return Person.WithGivenName(people, tokens[first].Base);
        }

        if (people.Count == 1)
        {
            return people[0];
        }

        if (first > 0 && TitleGender(tokens[first - 1].Base) is var titleGender && titleGender != Gender.Unknown)
        {
            // "Madam Tan" beside her son "Mr Tan Wei Ming".
            people = people.Where(person => person.IsCompatible(titleGender)).ToList();
            if (people.Count == 1)
            {
                return people[0];
            }
        }

        if (first == last)
        {
            // "Asante said" after "his older brother, Kofi,": a bare surname goes on meaning whom it meant last.
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                if (_mentions[i].Position < position && _mentions[i].BySurnameAlone && people.Contains(_mentions[i].Person))
                {
                    return _mentions[i].Person;
                }
            }
        }

        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].Position < position && people.Contains(_mentions[i].Person))
            {
                return _mentions[i].Person;
            }
        }

        return people.Count > 0 ? people[0] : null;
    }

    /// <summary>"Talia Marchetti", named where "Rosa Marchetti" is a person: a relative, so a person too.</summary>
    private Person? AddNamesake(List<Token> tokens, int first, int last)
    {
        if (first >= last || !_bySurname.TryGetValue(tokens[last].Base, out var people) || IsOrganization(tokens, first, last))
        {
            return null;
        }

        var person = new Person(tokens[last].Base, tokens[last].Base);
        person.OfferName(tokens, first, last);
        person.OfferGender(GenderOf(tokens[first].Base, title: null));
        people.Add(person);
        return person;
    }

    /// <summary>"Maya said" after "Maya Chen": the one person with that given name, if only one has it.</summary>
    public Person? FindByGivenName(string givenName) => _byGivenName.TryGetValue(givenName, out var person) ? person : null;

    /// <summary>
    /// The person a pronoun at <paramref name="position"/> refers to: the last person whose gender fits,
    /// unless a fitting person was the subject of a sentence in this or the previous paragraph since.
    /// </summary>
    public Person? LastMentioned(int position, int paragraph, Gender gender) => LastMention(position, paragraph, gender)?.Person;

    /// <summary>The mention <see cref="LastMentioned"/> picks its person from, or null.</summary>
    public Mention? LastMention(int position, int paragraph, Gender gender)
    {
        Mention? latest = null;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Position >= position || !mention.Person.IsCompatible(gender))
            {
                continue;
            }

            // Prefer the subject of a sentence in the paragraph of the nearest candidate ("Dvorak, who
            // began working with Kova, …" then "‘…,’ he said." is Dvorak), but never reach past a nearer paragraph.
            latest ??= mention;
            if (mention.Paragraph < latest.Paragraph)
            {
                return latest;
            }

            if (mention.IsSubject)
            {
                return mention;
            }
        }

        return latest;
    }

    /// <summary>The organization named last before <paramref name="position"/> and at or after <paramref name="since"/>, or null.</summary>
    public string? LatestOrganization(int position, int since)
    {
        for (var i = _organizations.Count - 1; i >= 0; i--)
        {
            if (_organizations[i].Position < position)
            {
                return _organizations[i].Position >= since ? _organizations[i].Name : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The organization "the company" or "the ministry" at <paramref name="position"/> refers to: the last
    /// one whose name holds the noun, else the last one quoted, else the last one named.
    /// </summary>
    public string? Organization(int position, string noun)
    {
        // Else the organization the article has named most often so far ("FreshCrate" over the
        // "Harlow’s Markets" it nearly merged with), the latest on a tie.
        string? best = null;
        var bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _organizations.Count && _organizations[i].Position < position; i++)
        {
            var name = _organizations[i].Name;
            if (NamesOtherKind(name, noun))
            {
                // "the company" is not the "European Medicines Agency".
                continue;
            }

            if (name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                best = null;
            }

            counts.TryGetValue(name, out var count);
            counts[name] = ++count;
            if (count >= bestCount)
            {
                best = name;
                bestCount = count;
            }
        }

        for (var i = _organizations.Count - 1; i >= 0; i--)
        {
            if (_organizations[i].Position < position && _organizations[i].Name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return _organizations[i].Name;
            }
        }

        return best;
    }

    /// <summary>The position of the last mention before <paramref name="position"/> of a person with <paramref name="role"/>, or -1.</summary>
    public int LastMentionOf(string role, int position)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].Position < position && _mentions[i].Person.Roles.Contains(role))
            {
                return _mentions[i].Position;
            }
        }

        return -1;
    }

    /// <summary>The person with <paramref name="role"/> mentioned last before <paramref name="position"/>, or else the first such person.</summary>
    public Person? WithRole(int position, string role)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].Position < position && _mentions[i].Person.Roles.Contains(role))
            {
                return _mentions[i].Person;
            }
        }

        return _mentions.Select(mention => mention.Person).FirstOrDefault(person => person.Roles.Contains(role));
    }

    private static bool NamesOtherKind(string name, string noun)
    {
        foreach (var word in name.Split(' '))
        {
            var lower = word.ToLowerInvariant();
            if (Lexicon.OrganizationNouns.Contains(lower) && !string.Equals(lower, noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the minister" after "Finance Minister Ana Ruiz" mentions her, for the pronouns that follow.</summary>
    private void AddRoleMentions(TokenizedParagraph paragraph, int paragraphIndex)
    {
        var tokens = paragraph.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k - 1].Text is not ("the" or "The") || !Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                continue;
            }

            var position = paragraph.Position(k);
            var person = WithRole(position, tokens[k].Text);
            if (person is not null)
            {
                _mentions.Add(new Mention(position, paragraphIndex, person, IsSubject: k - 1 == paragraph.SentenceStart(k - 1)));
            }
        }
    }

    /// <summary>First words of organizations' names: "Northfleet" of "Northfleet United".</summary>
    private static HashSet<string> OrganizationHeads(IReadOnlyList<TokenizedParagraph> paragraphs, List<List<(int First, int Last)>> runs)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var run in runs[p])
            {
                if (run.First < run.Last && IsOrganization(paragraphs[p].Tokens, run.First, run.Last))
                {
                    heads.Add(paragraphs[p].Tokens[run.First].Base);
                }
            }
        }

        return heads;
    }

    /// <summary>
    /// Single capitalized words used the way news uses a surname: "Park said", "said Kiprono", "Tupou, 23,",
    /// "Quishpe, who". A full name ending in one ("Georgina Park") is a person's.
    /// </summary>
    private static HashSet<string> SurnamesUsedAlone(IReadOnlyList<TokenizedParagraph> paragraphs, List<List<(int First, int Last)>> runs)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p].Tokens;
            foreach (var run in runs[p])
            {
                if (run.First != run.Last || tokens[run.First].IsPossessive || Lexicon.Titles.Contains(tokens[run.First].Base))
                {
                    continue;
                }

                var k = run.First;
                var saidBefore = k > 0 && Lexicon.ReportingVerbs.Contains(tokens[k - 1].Text) && !NamesListener(tokens, k - 1)
                    && (k + 1 == tokens.Count || !tokens[k + 1].IsWord);
                var aged = k + 3 < tokens.Count && tokens[k + 1].Is(',') && tokens[k + 2].IsWord && char.IsDigit(tokens[k + 2].Text[0])
                    && tokens[k + 2].Text.Length <= 3 && tokens[k + 3].Is(',');
                if (saidBefore || aged || IsFollowedByReportingVerb(tokens, k) || FollowedByWho(tokens, k))
                {
                    surnames.Add(tokens[k].Base);
                }
            }
        }

        return surnames;
    }

    private void Register(TokenizedParagraph paragraph, int first, int last, HashSet<string> surnamesUsedAlone, HashSet<string> places)
    {
        var tokens = paragraph.Tokens;
        var titleIndex = LastTitle(tokens, first, last);
        var nameFirst = NameStart(tokens, first, last);
        var gender = GenderOf(tokens[nameFirst].Base, titleIndex >= 0 ? tokens[titleIndex].Base : null);
        var hasGivenName = last > nameFirst && gender != Gender.Unknown && NameFinder.IsGivenName(tokens[nameFirst].Base);
        var roleBefore = RoleBefore(tokens, first);
        var appositiveRole = AppositiveRole(tokens, last);
        var distantRole = RoleAcrossAppositive(tokens, first);
        // "Putin’s objectives, as outlined in his statements" and "fans of Kira Vale … her tour … she was due": a
        // name a personal pronoun takes up later in the sentence, when no other name comes first.
        var pronounGender = (tokens[last].IsPossessive || last > first) && IsFirstNameInSentence(paragraph, first) && !PossessesARole(tokens, last)
            ? PronounLater(paragraph, last)
            : Gender.Unknown;
        var fullName = last > nameFirst && last - nameFirst <= 3;
        // A full name next to a reporting verb is a person only when nothing marks it as an organization
        // ("Starline Live said" is a company; "the company said" later says so).
        var describedAsPerson = (fullName && (FollowedByPersonClause(tokens, last) || (NextToReportingVerb(tokens, first, last) && !Lexicon.RoleNouns.Contains(tokens[first].Text.ToLowerInvariant()))))
            || FollowedByWho(tokens, last)
            || (fullName && surnamesUsedAlone.Contains(tokens[last].Base));

        if (titleIndex < 0 && !hasGivenName && roleBefore is null && appositiveRole is null && distantRole is null && pronounGender == Gender.Unknown && !describedAsPerson)
        {
            return;
        }

        if (IsOrganization(tokens, nameFirst, last) || PrecededByOrganizationNoun(tokens, first) || Lexicon.Countries.Contains(tokens[last].Base)
            || Lexicon.PlaceSuffixes.Contains(tokens[last].Base) || (titleIndex < 0 && !hasGivenName && places.Count > 0 && places.Contains(PlaceNames.Text(tokens, nameFirst, last)))
            || (nameFirst == last && Lexicon.TimeWords.Contains(tokens[last].Base)))
        {
            // "Friday, the judge said": a day is not a person.
            return;
        }

        var surname = tokens[last].Base;
        if (!_bySurname.TryGetValue(surname, out var people))
        {
            people = new List<Person>();
            _bySurname.Add(surname, people);
        }

        var givenName = last > nameFirst && NameFinder.CanBeGivenName(tokens[nameFirst].Base) ? tokens[nameFirst].Base : null;
        var person = givenName is null ? people.FirstOrDefault() : Person.WithGivenName(people, givenName);
        if (person is null)
        {
            person = new Person(surname, surname);
            people.Add(person);
        }

        // "Kofi Boakye II", "Lorenzo Bautista Jr.": a generation belongs to the name, though the surname alone is "Boakye".
        var regnal = last + 1 < tokens.Count && Lexicon.Generations.Contains(tokens[last + 1].Text);
        person.OfferName(tokens, nameFirst, regnal ? last + 1 : last);
        person.OfferGender(gender != Gender.Unknown ? gender : pronounGender);
        if (titleIndex >= 0)
        {
            var title = tokens[titleIndex].Base.TrimEnd('.').ToLowerInvariant();
            person.Roles.Add(title);
            if (title == "justice")
            {
                // "Ms Justice Úna Ní Fhlaithearta" is "the judge".
                person.Roles.Add("judge");
            }
        }

        if (roleBefore is not null)
        {
            person.Roles.Add(roleBefore);
        }

        if (appositiveRole is not null)
        {
            person.Roles.Add(appositiveRole);
        }

        if (distantRole is not null)
        {
            person.Roles.Add(distantRole);
        }
    }
}
