using System.Collections.Generic;
using CorpusGen.Generator.Parsing.Attribution.Index;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.NounPhrases;

namespace CorpusGen.Generator.Parsing.Attribution.Speakers;

/// <summary>A subject's words as written: trimmed to its name, its head noun, and the text the article gives it.</summary>
internal static class SubjectText
{
    /// <summary>"the new chair of the Standards Board (SB)": lower-case words up to a role noun open the phrase.</summary>
    private static bool OpensOnRole(List<Token> tokens, int first, int end)
    {
        for (var k = first; k < end && tokens[k].IsWord && !tokens[k].IsCapitalized; k++)
        {
            if (Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                return k + 1 < end && tokens[k + 1].Text == "of";
            }
        }

        return false;
    }

    /// <summary>
    /// Narrows a subject to the words that name the speaker: "Meenakshi Iyer, Saraswati's chief financial
    /// officer" to the name, "with the chair of judges" without "with", "Jonathan Swire KC" without "KC",
    /// "Mariana Quishpe of Ecuador" without the country.
    /// </summary>
    internal static (int First, int Last) TrimSubject(List<Token> tokens, int first, int last)
    {
        if (first < last && tokens[first].IsWord && Lexicon.Prepositions.Contains(tokens[first].Text) && tokens[first].Text is not ("to" or "of"))
        {
            first++;
        }

        for (var comma = first + 1; comma < last; comma++)
        {
            if (tokens[comma].Is(','))
            {
                var appositiveEnd = comma + 1;
                while (appositiveEnd <= last && !tokens[appositiveEnd].Is(','))
                {
                    appositiveEnd++;
                }

                var roleBeforeComma = (tokens[comma - 1].IsWord && !tokens[comma - 1].IsCapitalized && Lexicon.RoleNouns.Contains(tokens[comma - 1].Text))
                    || OpensOnRole(tokens, first, comma);
                if (IsNameRun(tokens, comma + 1, appositiveEnd - 1) && (roleBeforeComma || !ContainsCapitalized(tokens, first, comma - 1)))
                {
                    // "the chair of selectors, Georgina Park": the appositive is the name.
                    return (comma + 1, appositiveEnd - 1);
                }

                last = comma - 1;
                break;
            }
        }

        while (last > first && Lexicon.PostNominals.Contains(tokens[last].Base))
        {
            last--;
        }

        if (last - 2 >= first && tokens[last - 1].Text is "of" or "from" && Lexicon.Countries.Contains(tokens[last].Base) && tokens[last - 2].IsCapitalized
            && !OrganizationShapes.IsOrganization(tokens, first, last - 2))
        {
            // "Mariana Quishpe of Ecuador" is Quishpe; the "Independent Petroleum Marketers Association of Nigeria" keeps its name.
            last -= 2;
        }

        return (first, last);
    }

    internal static bool ContainsCapitalized(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsCapitalized && !IsDeterminer(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsQuote(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsQuote)
            {
                return true;
            }
        }

        return false;
    }

    internal static string? PluralSubjectOf(TokenizedParagraph paragraph, int sentence)
    {
        var tokens = paragraph.Tokens;
        if (sentence >= tokens.Count || tokens[sentence].Text is not ("The" or "the"))
        {
            return null;
        }

        for (var k = sentence + 1; k < tokens.Count && k <= sentence + 3 && tokens[k].IsWord && !tokens[k].IsCapitalized; k++)
        {
            if (IsPeoplePlural(tokens[k]))
            {
                return "the " + AsWritten(paragraph, sentence + 1, k);
            }
        }

        return null;
    }

    /// <summary>"officials", "psychologists", "teachers": a plural noun for people.</summary>
    internal static bool IsPeoplePlural(Token token)
    {
        var word = token.Text;
        if (!token.IsWord || token.IsPossessive || word.Length < 4 || !char.IsLower(word[0]) || !word.EndsWith("s", System.StringComparison.Ordinal))
        {
            return false;
        }

        return Lexicon.SourceNouns.Contains(word) || Lexicon.RoleNouns.Contains(word.Substring(0, word.Length - 1))
            || word.EndsWith("ists", System.StringComparison.Ordinal) || word.EndsWith("ians", System.StringComparison.Ordinal);
    }

    /// <summary>The source or role noun an anonymous description turns on: "official" in "a senior government official".</summary>
    /// <summary>"cleaner" in "A cleaner at a hospital in Kuala Terengganu": the word before the first preposition, else the last.</summary>
    internal static int DescriptionHead(List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (Lexicon.Prepositions.Contains(tokens[k].Text))
            {
                return k - 1;
            }
        }

        return last;
    }

    /// <summary>
    /// True when the phrase's last word follows a preposition other than "of": in "the talks with finance directors" the
    /// directors are what the talks were with, and the talks are the head; in "dozens of residents" the residents are.
    /// </summary>
    internal static bool IsObjectOfPreposition(List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (Lexicon.Prepositions.Contains(tokens[k].Text) && tokens[k].Text != "of")
            {
                return true;
            }
        }

        return false;
    }

    internal static string HeadNoun(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.SourceNouns.Contains(tokens[k].Text) || Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                return tokens[k].Text;
            }
        }

        return tokens[last].Text;
    }

    internal static bool HasPossessiveName(List<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (tokens[k].IsCapitalized && tokens[k].IsPossessive)
            {
                return true;
            }
        }

        return false;
    }

    internal static string AsWritten(TokenizedParagraph paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        var lastToken = tokens[last];
        var end = lastToken.IsPossessive ? lastToken.End - 2 : lastToken.End;
        return paragraph.Paragraph.Text.Substring(tokens[first].Start, end - tokens[first].Start);
    }
}
