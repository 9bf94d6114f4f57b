using System.Collections.Generic;
using CorpusGen.Generator.Parsing.Attribution.Index;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ClauseLimits;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.TrailingAttribution;

namespace CorpusGen.Generator.Parsing.Attribution.Mentions;

/// <summary>The shapes of noun phrases a subject can take: names, appositives, anonymous sources, organizations.</summary>
internal static class NounPhrases
{
    // "used", "owed", "told": a short past tense; "seed", "need" and "deed" are nouns as often.
    internal static bool LooksLikeVerb(Token token)
        => Lexicon.SpeechVerbs.Contains(token.Text) || Lexicon.VerbModifiers.Contains(token.Text)
            || (!token.IsCapitalized && token.Text.Length >= 4 && token.Text.EndsWith("ed", System.StringComparison.Ordinal)
                && !(token.Text.Length == 4 && token.Text.EndsWith("eed", System.StringComparison.Ordinal)));

    /// <summary>What an appositive holds: an age, a place ("from Stockport", "of Westbrook"), a role or a relative clause.</summary>
    internal static bool IsAppositive(List<Token> tokens, int first, int last)
        => first <= last && (tokens[first].Text is "who" or "whose" or "which" or "from" or "of" or "a" or "an" or "the" or "based" or "aged"
            || char.IsDigit(tokens[first].Text[0]));

    /// <summary>True when the segment before an appositive is itself appositive material, so skipping goes on.</summary>
    internal static bool LooksLikeAppositiveMaterial(List<Token> tokens, int last, int start)
    {
        var first = last;
        while (first - 1 >= start && !tokens[first - 1].Is(','))
        {
            first--;
        }

        return first - 1 >= start && tokens[first - 1].Is(',')
            && (char.IsDigit(tokens[first].Text[0]) || tokens[first].Text is "from" or "of" or "based" or "aged" || IsPlaceContinuation(tokens, first, last, start));
    }

    /// <summary>"Australia" in "… in Townsville, Australia, who": a segment of capitalized words that finishes a place named just before it.</summary>
    internal static bool IsPlaceContinuation(List<Token> tokens, int first, int last, int start)
    {
        if (first > last || last - first > 2 || first - 2 < start || !tokens[first - 1].Is(','))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        var place = first - 2;
        while (place >= start && tokens[place].IsWord && tokens[place].IsCapitalized)
        {
            place--;
        }

        return place >= start && place < first - 2 && tokens[place].Text is "in" or "at" or "near" or "from" or "outside";
    }

    /// <summary>
    /// The name an appositive holds: "Gregory Tully", "businessman Rodrigo Quintanilla" (without the role)
    /// or "the Aviation Pilots Guild" (an organization, without "the").
    /// </summary>
    internal static (int First, int Last)? NameInAppositive(List<Token> tokens, int first, int last)
    {
        if (IsNameRun(tokens, first, last))
        {
            return (first, last);
        }

        if (first < last && tokens[first].IsWord && !tokens[first].IsCapitalized
            && (Lexicon.RoleNouns.Contains(tokens[first].Text) || (tokens[first].Text == "the" && OrganizationShapes.IsOrganization(tokens, first + 1, last)))
            && AllCapitalized(tokens, first + 1, last))
        {
            return (first + 1, last);
        }

        // "the broadcaster Dame Helen Ashworth", "a Belfast-born novelist, Ciara McAleese": a description, then the name.
        if (tokens[first].Text is "the" or "a" or "an")
        {
            var nameFirst = last;
            while (nameFirst - 1 > first && tokens[nameFirst - 1].IsCapitalized)
            {
                nameFirst--;
            }

            if (nameFirst < last && nameFirst - first <= 4 && tokens[nameFirst - 1].IsWord && !tokens[nameFirst - 1].IsCapitalized
                && !OrganizationShapes.IsOrganization(tokens, nameFirst, last))
            {
                return (nameFirst, last);
            }
        }

        return null;
    }

    internal static bool AllCapitalized(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return last - first <= 4;
    }

    internal static bool IsNameRun(List<Token> tokens, int first, int last)
    {
        if (last < first || last - first > 3 || !tokens[first].IsCapitalized || !tokens[last].IsCapitalized)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || (!tokens[k].IsCapitalized && tokens[k].Text is not ("de" or "van" or "von" or "der" or "da" or "al" or "bin")))
            {
                return false;
            }
        }

        return !OrganizationShapes.IsOrganization(tokens, first, last);
    }

    /// <summary>True when a capitalized phrase ending at <paramref name="end"/> describes a person: a nationality, a title or a role.</summary>
    private static bool IsDescription(List<Token> tokens, int end)
        => !tokens[end].IsPossessive && (Lexicon.IsDemonym(tokens[end].Text) || Lexicon.Titles.Contains(tokens[end].Text) || Lexicon.RoleNouns.Contains(tokens[end].Text.ToLowerInvariant()));

    /// <summary>The noun phrase that ends at token <paramref name="end"/>: a name, a pronoun, or words back to a determiner.</summary>
    internal static (int First, int Last)? NounPhraseEndingAt(TokenizedParagraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        if (end > start && tokens[end].Is(')') && OpeningParenthesis(tokens, start, end) is var open && open > start)
        {
            // "The National Environment Agency (NEA), which …, said": the name stands before its short form.
            end = open - 1;
        }

        if (end < start || !tokens[end].IsWord || Lexicon.ClauseStarters.Contains(tokens[end].Text))
        {
            return null;
        }

        if (tokens[end].IsCapitalized || Lexicon.IsPronoun(tokens[end].Text) || tokens[end].Text is "it" or "It" or "they" or "They")
        {
            var first = end;
            while (first - 1 >= start && end - first < MaxSubjectTokens)
            {
                var previous = tokens[first - 1];
                var opensSentence = Lexicon.SentenceStarters.Contains(previous.Text) && paragraph.SentenceStart(first - 1) == first - 1;
                if (previous.IsCapitalized && !opensSentence && !NameFinder.IsDescriptiveCompound(previous.Text)
                    && (!previous.IsPossessive || (OrganizationShapes.IsOrganization(tokens, first, end) && !Lexicon.Countries.Contains(previous.Base))))
                {
                    // A possessive ends a name ("Putin’s administration") unless an organization's name goes on ("St. Brendan’s Medical Center").
                    first--;
                }
                else if (first - 2 >= start && tokens[first - 2].IsCapitalized && IsNameConnector(previous)
                    && (previous.Is('&') || OrganizationShapes.IsOrganization(tokens, first - 2, end) || OrganizationNameEndsAt(tokens, start, first - 2)))
                {
                    // "Sierra Gas & Electric", "Ministry of Foreign Trade"
                    first -= 2;
                }
                else
                {
                    break;
                }
            }

            if (AnonymousSourceReaching(tokens, start, first) is { } opener)
            {
                // "a depot manager in Apapa", "a stallholder at a food centre in Ang Mo Kio": the place is part of the source.
                return (opener, end);
            }

            if (first - 2 >= start && tokens[first - 1].Text == "of" && tokens[first - 2].IsCapitalized && !OrganizationShapes.IsOrganization(tokens, first, end))
            {
                // "Tigist Alemayehu of Ethiopia, …, called": the person, not the place.
                var person = first - 2;
                var personFirst = person;
                while (personFirst - 1 >= start && tokens[personFirst - 1].IsCapitalized && !Lexicon.SentenceStarters.Contains(tokens[personFirst - 1].Text))
                {
                    personFirst--;
                }

                return (personFirst, person);
            }

            if (first - 1 >= start && tokens[first - 1].Text is "the" or "The" && IsDescription(tokens, end))
            {
                // "the Norwegian", "the Northfield councillor", "the Transport Secretary": a description of a person, not a name.
                return (first - 1, end);
            }

            return (first, end);
        }

        var k = end;
        while (k - 1 >= start && end - k < MaxSubjectTokens)
        {
            var previous = tokens[k - 1];
            var insideName = previous.Text == "and" && k - 2 >= start && tokens[k].IsCapitalized && OrganizationNameEndsAt(tokens, start, k - 2);
            // "one state trooper": after a determiner, a verb's form is a noun's.
            var verbAsNoun = k - 2 >= start && (IsDeterminer(tokens[k - 2].Text) || Lexicon.IndefiniteOpeners.Contains(tokens[k - 2].Text));
            if (!previous.IsWord || (Lexicon.SpeechVerbs.Contains(previous.Text) && !verbAsNoun)
                || (Lexicon.ClauseStarters.Contains(previous.Text) && !Lexicon.Prepositions.Contains(previous.Text) && !insideName))
            {
                break;
            }

            k--;
            if (previous.Text == "to" && k - 1 >= start && tokens[k - 1].Text is "according" or "According")
            {
                // "according to people familiar with the matter": the phrase starts after "to".
                k++;
                break;
            }

            if (IsDeterminer(previous.Text) && !(k - 1 >= start && tokens[k - 1].IsWord && Lexicon.Prepositions.Contains(tokens[k - 1].Text)))
            {
                break;
            }
        }

        return (k, end);
    }

    /// <summary>
    /// When the name at <paramref name="first"/> ends a description of an anonymous source ("a senior A&amp;E
    /// consultant in the north of England"), where that description opens; else null.
    /// </summary>
    internal static int? AnonymousSourceReaching(List<Token> tokens, int start, int first)
    {
        if (first - 2 < start || tokens[first - 1].Text is not ("in" or "at" or "from" or "near" or "of" or "the"))
        {
            return null;
        }

        var sawSource = false;
        for (var k = first - 1; k >= start && k >= first - 12; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || Lexicon.SpeechVerbs.Contains(token.Text) || Lexicon.ClauseStarters.Contains(token.Text))
            {
                return null;
            }

            sawSource |= Lexicon.SourceNouns.Contains(token.Text) || Lexicon.RoleNouns.Contains(token.Text);
            if (IsSingularOpener(token.Text) && (sawSource || k == start))
            {
                // A description that is the whole subject of a speech verb is a source, whatever its noun ("A cleaner at …").
                return k;
            }
        }

        return null;
    }

    /// <summary>"Department of Health" before "and Social Care": an organization's name, with its connectors, ends at <paramref name="last"/>.</summary>
    internal static bool OrganizationNameEndsAt(List<Token> tokens, int start, int last)
    {
        for (var k = last; k >= start && (tokens[k].IsCapitalized || IsNameConnector(tokens[k])); k--)
        {
            if (Lexicon.OrganizationWords.Contains(tokens[k].Base))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPassiveAuxiliary(string word) => word is "been" or "being" or "be" or "was" or "were" or "is" or "are";

    internal static bool IsSingularOpener(string word) => word is "a" or "an" or "A" or "An" or "one" or "One";

    internal static bool IsNameConnector(Token token) => token.Is('&') || token.Text is "of" or "and" or "for";

    internal static bool IsDeterminer(string word)
        => word is "a" or "an" or "the" or "A" or "An" or "The" or "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their";
}
