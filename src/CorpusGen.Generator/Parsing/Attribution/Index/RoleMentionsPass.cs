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
            // "the general election": a title word before another noun is a modifier, not the person.
            if (tokens[k - 1].Text is not ("the" or "The") || RoleWord(tokens[k]) is not { } role
                || (k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && !Lexicon.VerbModifiers.Contains(tokens[k + 1].Text) && !Mentions.NounPhrases.LooksLikeVerb(tokens[k + 1])))
            {
                continue;
            }

            var position = paragraph.Position(k);
            var person = draft.WithRole(position, role);
            if (person is not null)
            {
                draft.Mentions.Add(new Mention(position, paragraphIndex, person, Mentions.SubjectPosition.RoleOf(paragraph, k - 1, k)));
            }
        }
    }

    /// <summary>"the minister", and a title used as a noun: "the Cardinal", "the cardinal" after "Cardinal Cormac Byrne".</summary>
    private static string? RoleWord(Token token)
    {
        if (!token.IsWord)
        {
            return null;
        }

        var text = token.Text;
        if (Lexicon.RoleNouns.Contains(text))
        {
            return text;
        }

        if (token.IsCapitalized)
        {
            return Lexicon.Titles.Contains(text) ? text.ToLowerInvariant() : null;
        }

        return Lexicon.LowerCaseTitles.Contains(text) ? text : null;
    }
}
