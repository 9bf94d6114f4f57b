using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Speakers;

/// <summary>
/// Definite descriptions that stand for a person the article is about rather than naming one: an epithet ("the
/// German", "the 20-year-old", "the top seed") or a role narrowed by a place or office ("the Northfield councillor").
/// </summary>
internal static class Descriptions
{
    /// <summary>"the German", "the 20-year-old", "the top seed": the, words that describe, and a noun for a person.</summary>
    public static bool IsEpithet(List<Token> tokens, int first, int last)
    {
        if (last == first || tokens[first].Text is not ("the" or "The"))
        {
            return false;
        }

        for (var k = first + 1; k < last; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        var noun = tokens[last].Text;
        return (last == first + 1 && Lexicon.IsDemonym(noun)) || IsAgeEpithet(noun) || Lexicon.EpithetNouns.Contains(noun);
    }

    /// <summary>"the Northfield councillor", "The Transport Secretary": the, capitalized words, then a role or title; the role in lower case, else null.</summary>
    public static string? QualifiedRole(List<Token> tokens, int first, int last)
    {
        if (last < first + 2 || tokens[first].Text is not ("the" or "The"))
        {
            return null;
        }

        for (var k = first + 1; k < last; k++)
        {
            if (!tokens[k].IsCapitalized || tokens[k].IsPossessive || Lexicon.IsDemonym(tokens[k].Text))
            {
                return null;
            }
        }

        // "the White House spokesman" is an anonymous source, whoever was named before.
        var role = tokens[last].Text.ToLowerInvariant();
        return !Lexicon.SourceNouns.Contains(role) && (Lexicon.RoleNouns.Contains(role) || Lexicon.Titles.Contains(tokens[last].Text)) ? role : null;
    }

    /// <summary>"20-year-old": an age standing for a person.</summary>
    private static bool IsAgeEpithet(string word) => word.Length > 10 && char.IsDigit(word[0]) && word.EndsWith("-year-old", System.StringComparison.Ordinal);
}
