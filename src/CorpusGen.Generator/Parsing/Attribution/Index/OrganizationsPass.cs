using static CorpusGen.Generator.Parsing.Attribution.Index.OrganizationShapes;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// The third pass: the organizations an article names, from runs marked as one and no person's surname;
/// the mentions pass then finds every later run that repeats such a name.
/// </summary>
internal static class OrganizationsPass
{
    public static void Run(RegistryDraft draft, ArticleNames names)
    {
        var paragraphs = names.Paragraphs;
        var organizationFirstWords = draft.OrganizationsByFirstWord;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var run in names.Runs[p])
            {
                var tokens = paragraphs[p].Tokens;
                if (draft.Find(tokens[run.Last].Base) is null && IsOrganizationMention(tokens, run.First, run.Last))
                {
                    var name = OrganizationName(paragraphs[p], run.First, run.Last);
                    draft.OrganizationNames.Add(name);
                    draft.OrganizationLastWords.Add(tokens[run.Last].Base);
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
    }
}
