using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// Builds an article's <see cref="PersonRegistry"/> in named passes, each reading what the ones before it found:
/// people, then names joined across the article, then organizations, then every mention in reading order.
/// </summary>
internal static class PersonRegistryBuilder
{
    public static PersonRegistry Build(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        var names = new ArticleNames(paragraphs);
        var draft = new RegistryDraft();
        PeoplePass.Run(draft, names);
        FamilyNamesPass.Run(draft);
        OrganizationsPass.Run(draft, names);
        MentionsPass.Run(draft, names);
        return draft.Freeze();
    }
}
