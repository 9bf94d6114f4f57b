using System;
using System.Collections.Generic;
using System.Linq;
using static CorpusGen.Generator.Parsing.Attribution.Index.OrganizationShapes;
using static CorpusGen.Generator.Parsing.Attribution.Index.PersonShapes;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>
/// What every pass reads: each paragraph's capitalized runs, and what the whole article says of them, found
/// once before the first pass so no pass sees another's partial work.
/// </summary>
internal sealed class ArticleNames
{
    public ArticleNames(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        Paragraphs = paragraphs;
        var midSentence = NameFinder.MidSentenceCapitalized(paragraphs);
        Runs = paragraphs.Select(paragraph => NameFinder.Find(paragraph, midSentence)).ToList();
        SurnamesUsedAlone = FindSurnamesUsedAlone(paragraphs, Runs);
        Places = PlaceNames.Find(paragraphs, Runs);
        OrganizationHeads = FindOrganizationHeads(paragraphs, Runs);
    }

    public IReadOnlyList<TokenizedParagraph> Paragraphs { get; }

    /// <summary>Each paragraph's capitalized runs, tokens [First, Last], in the order they stand.</summary>
    public List<List<(int First, int Last)>> Runs { get; }

    /// <summary>
    /// Single capitalized words used the way news uses a surname: "Park said", "said Kiprono", "Tupou, 23,",
    /// "Quishpe, who". A full name ending in one ("Georgina Park") is a person's.
    /// </summary>
    public HashSet<string> SurnamesUsedAlone { get; }

    /// <summary>The names the article uses for places (see <see cref="PlaceNames"/>).</summary>
    public HashSet<string> Places { get; }

    /// <summary>First words of organizations' names: "Northfleet" of "Northfleet United".</summary>
    public HashSet<string> OrganizationHeads { get; }

    private static HashSet<string> FindOrganizationHeads(IReadOnlyList<TokenizedParagraph> paragraphs, List<List<(int First, int Last)>> runs)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var run in runs[p])
            {
                if (run.First < run.Last && IsOrganization(paragraphs[p].Tokens, run.First, run.Last))
                {
                    heads.Add(paragraphs[p].Tokens[run.First].Base);
                }
            }
        }

        return heads;
    }

    private static HashSet<string> FindSurnamesUsedAlone(IReadOnlyList<TokenizedParagraph> paragraphs, List<List<(int First, int Last)>> runs)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p].Tokens;
            foreach (var run in runs[p])
            {
                if (run.First != run.Last || tokens[run.First].IsPossessive || Lexicon.Titles.Contains(tokens[run.First].Base))
                {
                    continue;
                }

                var k = run.First;
                var saidBefore = k > 0 && Lexicon.ReportingVerbs.Contains(tokens[k - 1].Text) && !NamesListener(tokens, k - 1)
                    && (k + 1 == tokens.Count || !tokens[k + 1].IsWord);
                var aged = k + 3 < tokens.Count && tokens[k + 1].Is(',') && tokens[k + 2].IsWord && char.IsDigit(tokens[k + 2].Text[0])
                    && tokens[k + 2].Text.Length <= 3 && tokens[k + 3].Is(',');
                if (saidBefore || aged || IsFollowedByReportingVerb(tokens, k) || FollowedByWho(tokens, k))
                {
                    surnames.Add(tokens[k].Base);
                }
            }
        }

        return surnames;
    }
}
