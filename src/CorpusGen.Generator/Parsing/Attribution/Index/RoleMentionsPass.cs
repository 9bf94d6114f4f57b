namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// Part of the mentions pass, run after each paragraph's names: "the minister" after "Finance Minister Ana Ruiz"
/// mentions her, for the pronouns that follow.
/// </summary>
internal static class RoleMentionsPass
{
    public static void Run(RegistryDraft draft, TokenizedParagraph paragraph, int paragraphIndex)
    {
        var tokens = paragraph.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k - 1].Text is not ("the" or "The") || !Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                continue;
            }

            var position = paragraph.Position(k);
            var person = draft.WithRole(position, tokens[k].Text);
            if (person is not null)
            {
                draft.Mentions.Add(new Mention(position, paragraphIndex, person, k - 1 == paragraph.SentenceStart(k - 1) ? MentionRole.Subject : MentionRole.Other));
            }
        }
    }
}
