using System;
using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// The people an article names, with the fullest form of each name, their gender where a given name,
/// title or pronoun tells it, their roles, and where in the article each is mentioned; and the organizations
/// it names. Built once by <see cref="PersonRegistryBuilder"/> and never changed after.
/// </summary>
internal sealed class PersonRegistry
{
    // People who share a surname ("Talia" and "Rosa Marchetti") are kept apart by their given names.
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Person>> _bySurname;
    private readonly IReadOnlyDictionary<string, Person?> _byGivenName;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly IReadOnlyList<(int Position, string Name)> _organizations;
    private readonly IReadOnlyDictionary<string, string?> _organizationsByFirstWord;

    // A HashSet only for its ordinal Contains: netstandard2.0 has no read-only set. Never added to after construction.
    private readonly HashSet<string> _organizationNames;

    public PersonRegistry(
        IReadOnlyDictionary<string, IReadOnlyList<Person>> bySurname,
        IReadOnlyDictionary<string, Person?> byGivenName,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<(int Position, string Name)> organizations,
        IReadOnlyDictionary<string, string?> organizationsByFirstWord,
        HashSet<string> organizationNames)
    {
        _bySurname = bySurname;
        _byGivenName = byGivenName;
        _mentions = mentions;
        _organizations = organizations;
        _organizationsByFirstWord = organizationsByFirstWord;
        _organizationNames = organizationNames;
    }

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
        => _bySurname.TryGetValue(tokens[last].Base, out var people) ? PersonLookup.Among(people, _mentions, tokens, first, last, position) : null;

    /// <summary>"Maya said" after "Maya Chen": the one person with that given name, if only one has it.</summary>
    public Person? FindByGivenName(string givenName) => _byGivenName.TryGetValue(givenName, out var person) ? person : null;

    /// <summary>
    /// The person a pronoun at <paramref name="position"/> refers to: the last person whose gender fits,
    /// unless a fitting person was the subject of a sentence (or, failing one, owned the subject) in that paragraph since.
    /// </summary>
    public Person? LastMentioned(int position, int paragraph, Gender gender) => LastMention(position, paragraph, gender)?.Person;

    /// <summary>The mention <see cref="LastMentioned"/> picks its person from, or null.</summary>
    public Mention? LastMention(int position, int paragraph, Gender gender)
    {
        Mention? latest = null;
        Mention? owner = null;
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
                return owner ?? latest;
            }

            if (mention.IsSubject)
            {
                return mention;
            }

            if (mention.Role == MentionRole.SubjectOwner)
            {
                owner ??= mention;
            }
        }

        return owner ?? latest;
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
    public Person? WithRole(int position, string role) => PersonLookup.WithRole(_mentions, position, role);

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
}
