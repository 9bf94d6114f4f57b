using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Mentions;

/// <summary>
/// Whether a name stands as the subject of its clause, the position a later "he" or "she" most often goes back to
/// ("Okafor joined the club in May. …, he said."): a verb follows it, across an appositive or relative clause set off by
/// commas, or a reporting verb stands just before it ("…, said Okafor."). A name after a preposition or in a list
/// ("a move to Northfield Rovers", "including Okafor and Byrne") is not.
/// </summary>
internal static class SubjectPosition
{
    // An appositive or relative clause set off by commas that runs longer than this is not one.
    private const int MaxAsideTokens = 16;

    // "said the 28-year-old former champion Okafor": the words that may describe a subject after its verb.
    private const int MaxDescribingWords = 4;

    public static MentionRole RoleOf(TokenizedParagraph paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        if (AfterReportingVerb(tokens, first))
        {
            return MentionRole.Subject;
        }

        if (tokens[last].IsPossessive || (last + 1 < tokens.Count && tokens[last + 1].Is('\'')))
        {
            // "Okafor's goal won it", "Okafor' goal": the owner of the subject when the sentence opens with it.
            return first == paragraph.SentenceStart(first) ? MentionRole.SubjectOwner : MentionRole.Other;
        }

        var next = last + 1;
        while (next < tokens.Count && tokens[next].IsWord && Lexicon.PostNominals.Contains(tokens[next].Base))
        {
            // "Tomas Brandt QC, who …, said": the letters after the name belong to it.
            next++;
        }

        if (next < tokens.Count && tokens[next].Is(','))
        {
            next = AfterAside(paragraph, next);
        }

        while (next < tokens.Count && tokens[next].IsWord && Lexicon.TimeWords.Contains(tokens[next].Text))
        {
            next++;
        }

        return next < tokens.Count && StartsPredicate(tokens[next]) ? MentionRole.Subject : MentionRole.Other;
    }

    /// <summary>"…, said the veteran Okafor.": a reporting verb, then at most a few describing words.</summary>
    private static bool AfterReportingVerb(List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - MaxDescribingWords - 1 && tokens[k].IsWord; k--)
        {
            if (ReportingClauses.IsReportingVerb(tokens[k]))
            {
                // "He told Cabral …": the one told is the listener.
                return !Lexicon.ListenerVerbs.Contains(tokens[k].Text);
            }

            if (Lexicon.Prepositions.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The token after the comma that closes an aside opening at <paramref name="comma"/>, or past the end when none does.</summary>
    private static int AfterAside(TokenizedParagraph paragraph, int comma)
    {
        var tokens = paragraph.Tokens;
        var end = paragraph.SentenceEnd(comma);
        for (var k = comma + 1; k < end && k <= comma + MaxAsideTokens; k++)
        {
            if (tokens[k].IsQuote)
            {
                break;
            }

            if (tokens[k].Is(','))
            {
                return k + 1;
            }
        }

        return tokens.Count;
    }

    private static bool StartsPredicate(Token token) => token.IsWord && char.IsLower(token.Text[0]) && !Lexicon.PredicateBlockers.Contains(token.Text);
}
