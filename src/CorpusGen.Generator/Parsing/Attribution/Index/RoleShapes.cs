using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>Where a role noun stands beside a name and so is that person's role ("analyst Vitaly Kiselyev", "Kimakovsky, an adviser").</summary>
internal static class RoleShapes
{
    // "senior executive vice president": the words that may describe a role noun in an appositive.
    private const int MaxRoleModifiers = 3;

    /// <summary>"analyst Vitaly Kiselyev" or "chief executive, Pieter de Groot,": a role noun right before the name.</summary>
    public static string? RoleBefore(List<Token> tokens, int first)
    {
        var k = first - 1;
        var comma = k >= 1 && tokens[k].Is(',');
        if (comma)
        {
            k--;
        }

        // "said Lena Ortiz, chief executive, Brightwell Foods": after a comma, the role may be the earlier name's.
        return k >= 0 && tokens[k].IsWord && Lexicon.RoleNouns.Contains(tokens[k].Text) && !(comma && IsAppositiveOfEarlierName(tokens, k))
            ? Held(tokens, k)
            : null;
    }

    /// <summary>
    /// "the chair of selectors, Georgina Park" and "The chair of judges, the broadcaster Dame Helen Ashworth":
    /// a role further back in the same noun phrase, across one comma.
    /// </summary>
    public static string? RoleAcrossAppositive(List<Token> tokens, int first)
    {
        var commas = first - 1 >= 0 && tokens[first - 1].Is(',') ? 1 : 0;
        for (var k = first - 1 - commas; k >= 0 && k >= first - 8; k--)
        {
            var token = tokens[k];
            if (token.Is(',') && commas == 0)
            {
                commas++;
                continue;
            }

            if (!token.IsWord || (token.IsCapitalized && !token.IsPossessive && k != first - 1) || Lexicon.ClauseStarters.Contains(token.Text)
                || Lexicon.SpeechVerbs.Contains(token.Text))
            {
                return null;
            }

            if (Lexicon.RoleNouns.Contains(token.Text) && k + 1 < first && (tokens[k + 1].Text == "of" || tokens[k + 1].Is(',')))
            {
                // "The regional governor of Áncash, Hernán Ríos Mendoza": the role is the name's after the comma, not the place's;
                // but in "said Lena Ortiz, chief executive, Brightwell Foods" it is an appositive of the name before it.
                return commas > 0 && !IsAppositiveOfEarlierName(tokens, k) ? Held(tokens, k) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the role at <paramref name="role"/>, with at most a few describing words ("senior vice president"),
    /// follows "NAME,". A phrase that holds a determiner or a participle ("…, including her father, Tan Ah Kow") does not.
    /// </summary>
    private static bool IsAppositiveOfEarlierName(List<Token> tokens, int role)
    {
        var k = role - 1;
        while (k >= 0 && k >= role - MaxRoleModifiers && tokens[k].IsWord && !tokens[k].IsCapitalized)
        {
            if (Lexicon.PredicateBlockers.Contains(tokens[k].Text) || tokens[k].Text.EndsWith("ing", System.StringComparison.Ordinal))
            {
                return false;
            }

            k--;
        }

        return k >= 1 && tokens[k].Is(',') && tokens[k - 1].IsCapitalized;
    }

    /// <summary>"Kimakovsky, an adviser to …": the first role noun of an appositive after the name.</summary>
    public static string? AppositiveRole(List<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || !tokens[last + 1].Is(',') || tokens[last + 2].Text is not ("a" or "an" or "the"))
        {
            return null;
        }

        string? role = null;
        var k = last + 3;
        for (; k < tokens.Count && tokens[k].IsWord; k++)
        {
            if (tokens[k].Text is "who" or "which" or "that")
            {
                break;
            }

            if (role is null && Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                role = Held(tokens, k);
            }
        }

        // "outside Gatwick’s North Terminal, the union’s general secretary, Ciarán Doherty, said": the role is Doherty's.
        var describesNextName = k + 1 < tokens.Count && tokens[k].Is(',') && tokens[k + 1].IsCapitalized;
        return describesNextName ? null : role;
    }

    /// <summary>
    /// The role noun at <paramref name="role"/> as the person holds it: "former chancellor" when a word just before it
    /// says the role is past ("ex-Labour chancellor"), so that "the chancellor" later is not that person.
    /// </summary>
    public static string Held(List<Token> tokens, int role)
        => IsFormer(tokens, role) ? "former " + tokens[role].Text : tokens[role].Text;

    /// <summary>True when one of the few words before the role noun at <paramref name="role"/> says it is no longer held.</summary>
    public static bool IsFormer(List<Token> tokens, int role)
    {
        for (var k = role - 1; k >= 0 && k >= role - MaxRoleModifiers && tokens[k].IsWord; k--)
        {
            var word = tokens[k].Text;
            if (Lexicon.FormerMarkers.Contains(word.ToLowerInvariant()) || word.StartsWith("ex-", System.StringComparison.OrdinalIgnoreCase)
                || (word == "then" && k > 0 && tokens[k - 1].Text is "the" or "The"))
            {
                return true;
            }

            if (Lexicon.PredicateBlockers.Contains(word) || word == "then")
            {
                // "Marsh spoke and then Chancellor Grant …": past a conjunction the words describe no role.
                return false;
            }
        }

        return false;
    }

    /// <summary>"Northfleet’s head coach … his side": the pronoun is the role holder's, not the possessor's.</summary>
    public static bool PossessesARole(List<Token> tokens, int last)
    {
        if (!tokens[last].IsPossessive)
        {
            return false;
        }

        for (var k = last + 1; k < tokens.Count && k <= last + 3 && tokens[k].IsWord; k++)
        {
            if (Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
