using System.Collections.Generic;
using static CorpusGen.Generator.Parsing.Attribution.Index.PersonShapes;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>Shapes of the words around a capitalized run that say it names an organization, not a person.</summary>
internal static class OrganizationShapes
{
    /// <summary>"Northfleet United", "Halvorsen Pharma": a run holding an organization word, or ending in a club's suffix.</summary>
    public static bool IsOrganization(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.OrganizationWords.Contains(tokens[k].Base))
            {
                return true;
            }
        }

        return Lexicon.ClubSuffixes.Contains(tokens[last].Base);
    }

    /// <summary>A run naming an organization: it holds an organization word, or speaks ("Northstar said").</summary>
    public static bool IsOrganizationMention(List<Token> tokens, int first, int last)
    {
        return IsOrganization(tokens, first, last) || IsFollowedByReportingVerb(tokens, last) || DescribedAsOrganization(tokens, last)
            || PrecededByOrganizationNoun(tokens, first) || FollowedByWhich(tokens, last);
    }

    /// <summary>"Zantrix has said it will …", "Ask Kora said its …": a name that reports and speaks of itself as "it" is an organization's.</summary>
    public static bool SpeaksOfItself(List<Token> tokens, int last)
    {
        var next = PersonShapes.VerbAfter(tokens, last);
        return next + 1 < tokens.Count && Mentions.ReportingClauses.IsReportingVerb(tokens[next]) && tokens[next + 1].Text is "it" or "its";
    }

    /// <summary>"Desert Bloom Farms, which grows alfalfa": "which" is said of things, so the name is an organization's.</summary>
    public static bool FollowedByWhich(List<Token> tokens, int last)
        => last + 2 < tokens.Count && tokens[last + 1].Is(',') && tokens[last + 2].Text == "which";

    /// <summary>"Campaign group Citizens Not Subjects", "the charity Shelterwell": an organization noun right before the name.</summary>
    public static bool PrecededByOrganizationNoun(List<Token> tokens, int first)
        => first > 0 && tokens[first - 1].IsWord && Lexicon.OrganizationNouns.Contains(tokens[first - 1].Text);

    /// <summary>"FreshCrate, the meal-kit delivery startup once valued …": an appositive whose noun is an organization's.</summary>
    public static bool DescribedAsOrganization(List<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || !tokens[last + 1].Is(',') || tokens[last + 2].Text is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (var k = last + 3; k < tokens.Count && k <= last + 8 && tokens[k].IsWord; k++)
        {
            if (Lexicon.OrganizationNouns.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An organization's name as written, without a role before it or a possessive after it.</summary>
    public static string OrganizationName(TokenizedParagraph paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        while (first < last && Lexicon.RoleNouns.Contains(tokens[first].Text.ToLowerInvariant()))
        {
            // "Promoter Starline Live said": the role is not part of the name.
            first++;
        }

        var end = tokens[last].IsPossessive ? tokens[last].End - 2 : tokens[last].End;
        return paragraph.Paragraph.Text.Substring(tokens[first].Start, end - tokens[first].Start);
    }
}
