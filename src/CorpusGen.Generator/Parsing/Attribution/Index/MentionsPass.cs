using System.Collections.Generic;
using static CorpusGen.Generator.Parsing.Attribution.Index.NameParts;
using static CorpusGen.Generator.Parsing.Attribution.Index.OrganizationShapes;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// The fourth pass: where the article mentions each person and organization, paragraph by paragraph. A name
/// finds its person among those mentioned before it, so the mentions are added in reading order, each
/// paragraph's role mentions ("the minister") after its names.
/// </summary>
internal static class MentionsPass
{
    public static void Run(RegistryDraft draft, ArticleNames names)
    {
        var paragraphs = names.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var subjectSentence = -1;
            foreach (var run in names.Runs[p])
            {
                var nameStart = NameStart(paragraph.Tokens, run.First, run.Last);
                var person = draft.Find(paragraph.Tokens, nameStart, run.Last, paragraph.Position(run.First))
                    ?? AddNamesake(draft, paragraph.Tokens, nameStart, run.Last);
                // "the Hartley report" uses the name as a modifier; in "the Shipping Guild Mr Reddan" the article is the guild's.
                var attributive = nameStart == run.First && run.First > 0 && paragraph.Tokens[run.First - 1].Text is "the" or "The" or "a" or "an";
                if (person is not null && !attributive && !IsOrganization(paragraph.Tokens, nameStart, run.Last))
                {
                    // "When Dennis Hartley opened …" then "said Mr Hartley": the fullest form wins, wherever it stands.
                    person.OfferName(paragraph.Tokens, nameStart, run.Last);
                    // The first name in its sentence that is a subject: the main clause's, most often.
                    var sentence = paragraph.SentenceStart(run.First);
                    var role = Mentions.SubjectPosition.RoleOf(paragraph, run.First, run.Last);
                    if (role == MentionRole.Subject && sentence == subjectSentence)
                    {
                        role = MentionRole.Other;
                    }
                    else if (role == MentionRole.Subject)
                    {
                        subjectSentence = sentence;
                    }

                    var bySurnameAlone = nameStart == run.Last && paragraph.Tokens[run.Last].Base == person.Surname;
                    draft.Mentions.Add(new Mention(paragraph.Position(run.Last), p, person, role, bySurnameAlone));
                }
                else if (person is null && run.First == run.Last && draft.OrganizationsByFirstWord.TryGetValue(paragraph.Tokens[run.Last].Base, out var fullName) && fullName is not null)
                {
                    draft.Organizations.Add((paragraph.Position(run.First), fullName));
                }
                else if (person is null && draft.OrganizationLastWords.Contains(paragraph.Tokens[run.Last].Base)
                    && OrganizationName(paragraph, run.First, run.Last) is var name && draft.OrganizationNames.Contains(name))
                {
                    draft.Organizations.Add((paragraph.Position(run.First), name));
                }
            }

            RoleMentionsPass.Run(draft, paragraph, p);
        }
    }

    /// <summary>"Talia Marchetti", named where "Rosa Marchetti" is a person: a relative, so a person too.</summary>
    private static Person? AddNamesake(RegistryDraft draft, List<Token> tokens, int first, int last)
    {
        if (first >= last || !draft.BySurname.TryGetValue(tokens[last].Base, out var people) || IsOrganization(tokens, first, last))
        {
            return null;
        }

        var person = new Person(tokens[last].Base, tokens[last].Base);
        person.OfferName(tokens, first, last);
        person.OfferGender(GenderOf(tokens[first].Base, title: null));
        people.Add(person);
        return person;
    }
}
