using System;
using System.Collections.Generic;
using CorpusGen.Generator.Parsing.Attribution.Index;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>Finds runs of capitalized words that may be names ("Russian President Vladimir Putin", "Ursula von der Leyen").</summary>
internal static class NameFinder
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "van", "von", "der", "den", "del", "la", "le", "bin", "al", "ibn", "dos", "das", "du", "ter", "te",
    };

    /// <summary>Words written capitalized somewhere other than at a sentence's start: evidence they are names.</summary>
    public static HashSet<string> MidSentenceCapitalized(IEnumerable<TokenizedParagraph> paragraphs)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            for (var i = 0; i < paragraph.Tokens.Count; i++)
            {
                if (paragraph.Tokens[i].IsCapitalized && paragraph.SentenceStart(i) != i)
                {
                    words.Add(paragraph.Tokens[i].Base);
                }
            }
        }

        return words;
    }

    /// <summary>Returns (first, last) token indices of each run; a sentence-initial word joins a run only when it looks like a name.</summary>
    public static List<(int First, int Last)> Find(TokenizedParagraph paragraph, HashSet<string> midSentenceCapitalized)
    {
        var runs = new List<(int, int)>();
        var tokens = paragraph.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]))
            {
                i++;
                continue;
            }

            var last = i;
            while (!tokens[last].IsPossessive && last + 1 < tokens.Count)
            {
                if (IsNameWord(tokens[last + 1]))
                {
                    last++;
                }
                else if (last + 2 < tokens.Count && tokens[last + 1].IsWord && Particles.Contains(tokens[last + 1].Text) && IsNameWord(tokens[last + 2]))
                {
                    last += 2;
                }
                else
                {
                    break;
                }
            }

            // A sentence's first word is capitalized anyway: it joins the name only when it looks like one,
            // or when it is not a common opener and another capitalized word follows ("Veltrix Systems said").
            var first = i;
            var startsLongerName = last > first && !Lexicon.SentenceStarters.Contains(tokens[first].Text);
            if (paragraph.SentenceStart(first) == first && !startsLongerName && !LooksLikeName(tokens[first], midSentenceCapitalized)
                && !OpensOnOrganizationThatSpeaks(tokens, first))
            {
                first++;
            }

            // "Tomas Brandt QC": the letters after a name are no name of their own either.
            var runEnd = last;
            while (last > first && Lexicon.PostNominals.Contains(tokens[last].Base))
            {
                last--;
            }

            if (first <= last)
            {
                runs.Add((first, last));
            }

            i = runEnd + 1;
        }

        return SplitPeopleFromOrganizations(tokens, JoinOrganizationNames(tokens, runs));
    }

    /// <summary>
    /// "Commissioner of Police Suresh Kumar Hegde", "Harvard University Professor Jane Doe": two to four
    /// capitalized words after an organization's last word are a name of their own.
    /// </summary>
    private static List<(int First, int Last)> SplitPeopleFromOrganizations(List<Token> tokens, List<(int First, int Last)> runs)
    {
        var split = new List<(int First, int Last)>(runs.Count);
        foreach (var run in runs)
        {
            var organizationEnd = -1;
            for (var k = run.First; k <= run.Last; k++)
            {
                if (Lexicon.OrganizationWords.Contains(tokens[k].Base))
                {
                    organizationEnd = k;
                }
            }

            var rest = run.Last - organizationEnd;
            // "Central Bank Governor Maren Holt" stays whole: the title tells whose name it is.
            if (organizationEnd >= run.First && rest >= 2 && rest <= 4 && AllCapitalized(tokens, organizationEnd + 1, run.Last)
                && !Lexicon.Titles.Contains(tokens[organizationEnd + 1].Base))
            {
                split.Add((run.First, organizationEnd));
                split.Add((organizationEnd + 1, run.Last));
            }
            else
            {
                split.Add(run);
            }
        }

        return split;
    }

    private static bool AllCapitalized(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsCapitalized || tokens[k - 1].IsPossessive)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Ministry of Foreign Trade", "Sierra Gas &amp; Electric": runs joined by of, and, for or &amp; when they name an organization.</summary>
    private static List<(int First, int Last)> JoinOrganizationNames(List<Token> tokens, List<(int First, int Last)> runs)
    {
        var joined = new List<(int First, int Last)>(runs.Count);
        foreach (var run in runs)
        {
            if (joined.Count > 0)
            {
                var previous = joined[joined.Count - 1];
                var connector = tokens[previous.Last + 1];
                var adjacent = run.First == previous.Last + 2 && !tokens[previous.Last].IsPossessive;
                if (adjacent && (connector.Is('&') || (connector.Text is "of" or "and" or "for" && OrganizationShapes.IsOrganization(tokens, previous.First, run.Last))))
                {
                    joined[joined.Count - 1] = (previous.First, run.Last);
                    continue;
                }

                // "St. Brendan’s Medical Center": a possessive inside an organization's name.
                if (run.First == previous.Last + 1 && tokens[previous.Last].IsPossessive && OrganizationShapes.IsOrganization(tokens, run.First, run.Last))
                {
                    joined[joined.Count - 1] = (previous.First, run.Last);
                    continue;
                }
            }

            joined.Add(run);
        }

        return joined;
    }

    /// <summary>
    /// True when <paramref name="word"/> can be a given name: a known one, or a capitalized word that is not a
    /// name particle ("Le Goff"), a title, a role ("Student Chloe Barnes") or a compound ("Second-placed").
    /// </summary>
    public static bool CanBeGivenName(string word)
    {
        if (IsGivenName(word))
        {
            return true;
        }

        if (word.Length < 2 || !char.IsUpper(word[0]) || Lexicon.Titles.Contains(word) || Particles.Contains(word.ToLowerInvariant()))
        {
            return false;
        }

        var hyphen = word.IndexOf('-');
        return !Lexicon.RoleNouns.Contains(word.ToLowerInvariant()) && (hyphen < 0 || (hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])));
    }

    public static bool IsGivenName(string word) => GivenNames.Male.Contains(word) || GivenNames.Female.Contains(word) || GivenNames.Unisex.Contains(word);

    private static bool IsNameWord(Token token)
        => (token.IsCapitalized && !(token.Text.Length == 1 && token.Text[0] == 'I') && !Lexicon.IsPronoun(token.Text) && !IsDescriptiveCompound(token.Text))
            || IsArticledSurname(token.Text);

    /// <summary>"al-Moussawi", "el-Sayed": a surname joined to its article.</summary>
    private static bool IsArticledSurname(string word)
        => word.Length > 4 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)) && char.IsUpper(word[3]);

    /// <summary>
    /// "Seventeen-year-old", "Second-placed", "State-run", "Pro-government": a descriptive compound, not a name
    /// ("Jun-seo" is one).
    /// </summary>
    public static bool IsDescriptiveCompound(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 1 || hyphen + 1 >= word.Length || !char.IsLower(word[hyphen + 1]))
        {
            return false;
        }

        var rest = word.Substring(hyphen + 1);
        return rest.StartsWith("year", StringComparison.Ordinal) || rest == "run" || rest.EndsWith("ed", StringComparison.Ordinal) || rest.EndsWith("old", StringComparison.Ordinal)
            || rest.EndsWith("ing", StringComparison.Ordinal) || word.StartsWith("Pro-", StringComparison.Ordinal) || word.StartsWith("Anti-", StringComparison.Ordinal)
            || word.StartsWith("Ex-", StringComparison.Ordinal) || word.StartsWith("Non-", StringComparison.Ordinal);
    }

    /// <summary>"Zantrix has said it will …": a sentence's first word that speaks of itself as "it"; a plural ("Analysts said it was …") is a common noun.</summary>
    private static bool OpensOnOrganizationThatSpeaks(List<Token> tokens, int first)
    {
        var word = tokens[first].Text;
        return !tokens[first].IsPossessive && !Lexicon.SentenceStarters.Contains(word) && !word.EndsWith("s", StringComparison.Ordinal)
            && OrganizationShapes.SpeaksOfItself(tokens, first);
    }

    private static bool LooksLikeName(Token token, HashSet<string> midSentenceCapitalized)
        => IsGivenName(token.Base) || Lexicon.Titles.Contains(token.Base)
            || (!Lexicon.SentenceStarters.Contains(token.Text) && midSentenceCapitalized.Contains(token.Base));
}
