using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Capitalized runs an article uses as places: after "in", "near" or "outside", after "the province of", or as
/// the dateline that opens the article ("Basra (Iraq) (AFP) -"). A place is a place in every sentence, so a run
/// named so once is not taken for a person elsewhere without a title or a given name.
/// </summary>
internal static class PlaceNames
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "In", "near", "Near", "outside", "Outside", "across", "Across", "around", "Around",
    };

    private static readonly HashSet<string> PlaceNounsBeforeOf = new(StringComparer.Ordinal)
    {
        "province", "city", "region", "village", "town", "state", "district", "capital", "outskirts", "suburb", "county",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    };

    public static HashSet<string> Find(IReadOnlyList<TokenizedParagraph> paragraphs, List<List<(int First, int Last)>> runs)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p].Tokens;
            foreach (var run in runs[p])
            {
                if (tokens[run.Last].IsPossessive)
                {
                    // "in Smith's view" names a person.
                    continue;
                }

                var before = run.First > 0 ? tokens[run.First - 1].Text : null;
                var afterOf = before == "of" && run.First > 1 && PlaceNounsBeforeOf.Contains(tokens[run.First - 2].Text);
                var dateline = p == 0 && run.First == 0 && run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is('(');
                if ((before is not null && PlacePrepositions.Contains(before)) || afterOf || dateline)
                {
                    places.Add(Text(tokens, run.First, run.Last));
                }
            }
        }

        return places;
    }

    /// <summary>The run's words joined by single spaces, as <see cref="Find"/> records them.</summary>
    public static string Text(List<Token> tokens, int first, int last)
    {
        if (first == last)
        {
            return tokens[first].Base;
        }

        var text = new StringBuilder();
        for (var k = first; k <= last; k++)
        {
            text.Append(k > first ? " " : string.Empty).Append(tokens[k].Base);
        }

        return text.ToString();
    }
}
