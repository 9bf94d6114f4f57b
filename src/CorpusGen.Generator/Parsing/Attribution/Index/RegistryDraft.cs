using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// What the passes have found so far, open to the next pass and to the lookups a pass makes; frozen into a
/// <see cref="PersonRegistry"/> once the last pass is done.
/// </summary>
internal sealed class RegistryDraft
{
    // People who share a surname ("Talia" and "Rosa Marchetti") are kept apart by their given names.
    public Dictionary<string, List<Person>> BySurname { get; } = new(StringComparer.Ordinal);

    // In the order the passes add them, which a lookup during the passes reads; sorted by position only when frozen.
    public List<Mention> Mentions { get; } = new();

    public List<(int Position, string Name)> Organizations { get; } = new();

    public HashSet<string> OrganizationNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The last words of <see cref="OrganizationNames"/>: a run ending otherwise repeats none of them.</summary>
    public HashSet<string> OrganizationLastWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> OrganizationsByFirstWord { get; } = new(StringComparer.Ordinal);

    public Person? Find(string surname) => BySurname.TryGetValue(surname, out var people) ? people[0] : null;

    /// <summary>As <see cref="PersonRegistry.Find(List{Token}, int, int, int)"/>, over the people and mentions found so far.</summary>
    public Person? Find(List<Token> tokens, int first, int last, int position)
        => BySurname.TryGetValue(tokens[last].Base, out var people) ? PersonLookup.Among(people, Mentions, tokens, first, last, position) : null;

    /// <summary>As <see cref="PersonRegistry.WithRole"/>, over the mentions found so far.</summary>
    public Person? WithRole(int position, string role) => PersonLookup.WithRole(Mentions, position, role);

    /// <summary>The index of what the passes found: mentions in the order they stand, and people by given name.</summary>
    public PersonRegistry Freeze()
    {
        Mentions.Sort((left, right) => left.Position.CompareTo(right.Position));
        var byGivenName = new Dictionary<string, Person?>(StringComparer.Ordinal);
        foreach (var person in BySurname.Values.SelectMany(people => people))
        {
            var space = person.CanonicalName.IndexOf(' ');
            if (space > 0)
            {
                // A given name two people share finds neither.
                var given = person.CanonicalName.Substring(0, space);
                byGivenName[given] = byGivenName.ContainsKey(given) ? null : person;
            }
        }

        var bySurname = new Dictionary<string, IReadOnlyList<Person>>(StringComparer.Ordinal);
        foreach (var pair in BySurname)
        {
            bySurname.Add(pair.Key, pair.Value.ToArray());
        }

        return new PersonRegistry(
            bySurname,
            byGivenName,
            Mentions.ToArray(),
            Organizations.ToArray(),
            new Dictionary<string, string?>(OrganizationsByFirstWord, StringComparer.Ordinal),
            new HashSet<string>(OrganizationNames, StringComparer.Ordinal));
    }
}
