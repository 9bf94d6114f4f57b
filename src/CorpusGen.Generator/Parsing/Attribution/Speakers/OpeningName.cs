using System.Collections.Generic;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ClauseLimits;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.NounPhrases;

namespace CorpusGen.Generator.Parsing.Attribution.Speakers;

/// <summary>The name in the noun phrase a sentence opens on: what the sentence is about, before its verb.</summary>
internal static class OpeningName
{
    // "On Wednesday, however, …": an opening adverbial longer than this is not skipped.
    private const int MaxOpenerTokens = 6;

    /// <summary>
    /// The last run of capitalized words in the noun phrase the sentence [<paramref name="start"/>, <paramref name="end"/>)
    /// opens on, up to its verb or a comma, after any opening adverbial set off by a comma ("On Monday, Valoria moved").
    /// </summary>
    public static (int First, int Last)? Of(List<Token> tokens, int start, int end)
    {
        var k = SkipOpeners(tokens, start, end);
        if (k < end && tokens[k].Text is "And" or "But" or "Yet" or "So")
        {
            k++;
        }

        (int First, int Last)? name = null;
        for (var words = 0; k < end && words < MaxSubjectTokens && tokens[k].IsWord && !LooksLikeVerb(tokens[k]) && !IsPassiveAuxiliary(tokens[k].Text)
            && tokens[k].Text is not ("has" or "had" or "will" or "would" or "could" or "can" or "may"); k++, words++)
        {
            if (tokens[k].IsCapitalized && !Lexicon.SentenceStarters.Contains(tokens[k].Text) && !Lexicon.Titles.Contains(tokens[k].Base))
            {
                name = name is { } run && run.Last == k - 1 ? (run.First, k) : (k, k);
            }
            else if (name is { } modifier && modifier.Last == k - 1 && Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                // "The Olympic champion", "Rovers striker Dan Kell": a capitalized word before a role describes, it does not name.
                name = null;
            }
        }

        return name;
    }

    /// <summary>Past "On Wednesday, however," and the like: adverbials that open on a sentence starter and end at a comma.</summary>
    public static int SkipOpeners(List<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && tokens[k].IsWord && (Lexicon.SentenceStarters.Contains(tokens[k].Text) || tokens[k].Text is "however" or "meanwhile")
            && tokens[k].Text is not ("And" or "But" or "Yet" or "So" or "Or"))
        {
            // Only words no name could be: "And Agassi, who …" opens on its subject.
            var comma = k + 1;
            while (comma < end && comma <= k + MaxOpenerTokens && tokens[comma].IsWord
                && (!tokens[comma].IsCapitalized || Lexicon.AdjunctStarters.Contains(tokens[comma].Text)))
            {
                comma++;
            }

            if (comma >= end || !tokens[comma].Is(',') || comma > k + MaxOpenerTokens)
            {
                break;
            }

            k = comma + 1;
        }

        return k;
    }
}
