using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// The second pass: names only the whole article shows to be one person's (a family name written first, the
/// first of two family names used alone), settled before any mention is looked up by them.
/// </summary>
internal static class FamilyNamesPass
{
    public static void Run(RegistryDraft draft)
    {
        JoinFamilyNamesWrittenFirst(draft);
        AddPaternalSurnames(draft);
    }

    /// <summary>
    /// "Madam Tan" after "Madam Tan Bee Leng" and "Mr Tan Wei Ming": names written family name first. A
    /// surname known only alone, with a title, that opens longer names as something other than a given
    /// name, is those people's, and the title's gender tells them apart.
    /// </summary>
    private static void JoinFamilyNamesWrittenFirst(RegistryDraft draft)
    {
        var everyone = Everyone(draft);
        foreach (var surname in draft.BySurname.Keys.ToList())
        {
            var people = draft.BySurname[surname];
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

            draft.BySurname[surname] = familyFirst;
        }
    }

    /// <summary>
    /// "Restrepo" for "Ana Lucía Restrepo Vélez", "Huamán" for "Beatriz Huamán Quispe": where names carry two
    /// family names, the first is used alone. A person named by three or more words is found by the word before
    /// the last too, when that word is no one's given name and no one else's surname.
    /// </summary>
    private static void AddPaternalSurnames(RegistryDraft draft)
    {
        foreach (var person in Everyone(draft))
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

            if (!draft.BySurname.TryGetValue(paternal, out var known))
            {
                draft.BySurname.Add(paternal, new List<Person> { person });
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
    private static List<Person> Everyone(RegistryDraft draft) => draft.BySurname.Values.SelectMany(people => people).Distinct().ToList();
}
