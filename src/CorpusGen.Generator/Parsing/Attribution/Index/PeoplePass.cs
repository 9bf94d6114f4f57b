using System.Collections.Generic;
using System.Linq;
using static CorpusGen.Generator.Parsing.Attribution.Index.NameParts;
using static CorpusGen.Generator.Parsing.Attribution.Index.OrganizationShapes;
using static CorpusGen.Generator.Parsing.Attribution.Index.PersonShapes;
using static CorpusGen.Generator.Parsing.Attribution.Index.RoleShapes;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// The first pass: the people an article names, with their gender and roles. A capitalized run counts as a
/// person only on evidence: a title, a known given name, a role noun before it or in an appositive after it,
/// or a possessive picked up by "his" or "her".
/// </summary>
internal static class PeoplePass
{
    public static void Run(RegistryDraft draft, ArticleNames names)
    {
        var paragraphs = names.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var run in names.Runs[p])
            {
                if (run.First == run.Last && names.OrganizationHeads.Contains(paragraphs[p].Tokens[run.First].Base))
                {
                    // "Northfleet, who had won …" after "Northfleet United": the club, not a person.
                    continue;
                }

                Register(draft, paragraphs[p], run.First, run.Last, names.SurnamesUsedAlone, names.Places);
            }
        }
    }

    private static void Register(RegistryDraft draft, TokenizedParagraph paragraph, int first, int last, HashSet<string> surnamesUsedAlone, HashSet<string> places)
    {
        var tokens = paragraph.Tokens;
        var titleIndex = LastTitle(tokens, first, last);
        if (last + 2 < tokens.Count && Lexicon.RoleNouns.Contains(tokens[last + 1].Text) && tokens[last + 2].IsCapitalized
            && titleIndex < 0)
        {
            // "Rovers striker Dan Kell", "Manfred Mann singer Paul Jones": a team or a band before a role describes the name
            // after it ("President Ana Ruiz aide Ben Ross", with a title, still names two people).
            return;
        }

        var nameFirst = NameStart(tokens, first, last);
        var gender = GenderOf(tokens[nameFirst].Base, titleIndex >= 0 ? tokens[titleIndex].Base : null);
        var hasGivenName = last > nameFirst && NameFinder.IsGivenName(tokens[nameFirst].Base);
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

        if (IsOrganization(tokens, nameFirst, last) || PrecededByOrganizationNoun(tokens, first) || (titleIndex < 0 && !hasGivenName && SpeaksOfItself(tokens, last)) || Lexicon.Countries.Contains(tokens[last].Base)
            || Lexicon.PlaceSuffixes.Contains(tokens[last].Base) || (titleIndex < 0 && !hasGivenName && places.Count > 0 && places.Contains(PlaceNames.Text(tokens, nameFirst, last)))
            || (nameFirst == last && Lexicon.TimeWords.Contains(tokens[last].Base)))
        {
            // "Friday, the judge said": a day is not a person.
            return;
        }

        var surname = tokens[last].Base;
        if (!draft.BySurname.TryGetValue(surname, out var people))
        {
            people = new List<Person>();
            draft.BySurname.Add(surname, people);
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
            var former = RoleShapes.IsFormer(tokens, titleIndex) ? "former " : string.Empty;
            person.Roles.Add(former + title);
            if (Lexicon.TitleRoles.TryGetValue(title, out var role))
            {
                // "Ms Justice Úna Ní Fhlaithearta" is "the judge".
                person.Roles.Add(former + role);
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
