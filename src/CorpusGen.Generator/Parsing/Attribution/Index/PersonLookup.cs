using System.Collections.Generic;
using System.Linq;
using static CorpusGen.Generator.Parsing.Attribution.Index.NameParts;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// How a name finds its person, shared by the passes (over what is found so far) and the finished index,
/// so both read a name the same way.
/// </summary>
internal static class PersonLookup
{
    /// <summary>
    /// Of <paramref name="people"/>, who share the surname tokens [<paramref name="first"/>, <paramref name="last"/>] end in,
    /// the one the run names at <paramref name="position"/>: by given name when the run has one, else the one mentioned last before it.
    /// </summary>
    public static Person? Among(IReadOnlyList<Person> people, IReadOnlyList<Mention> mentions, List<Token> tokens, int first, int last, int position)
    {
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
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                if (mentions[i].Position < position && mentions[i].BySurnameAlone && people.Contains(mentions[i].Person))
                {
                    return mentions[i].Person;
                }
            }
        }

        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Position < position && people.Contains(mentions[i].Person))
            {
                return mentions[i].Person;
            }
        }

        return people.Count > 0 ? people[0] : null;
    }

    /// <summary>The person with <paramref name="role"/> mentioned last before <paramref name="position"/>, or else the first such person.</summary>
    public static Person? WithRole(IReadOnlyList<Mention> mentions, int position, string role)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Position < position && mentions[i].Person.Roles.Contains(role))
            {
                return mentions[i].Person;
            }
        }

        return mentions.Select(mention => mention.Person).FirstOrDefault(person => person.Roles.Contains(role));
    }
}
