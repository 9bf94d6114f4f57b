using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>Shapes of the words around a capitalized run that say it names a person: a who-clause, an age, a reporting verb, a pronoun later.</summary>
internal static class PersonShapes
{
    /// <summary>"Dvorak, who began working with Kova": "who" is said of people.</summary>
    public static bool FollowedByWho(List<Token> tokens, int last)
        => last + 2 < tokens.Count && tokens[last + 1].Is(',') && tokens[last + 2].Text is "who" or "whose";

    /// <summary>"Marcus Tull, who runs …", "Dennis Hartley, 61,", "Harold Brink, a retired welder,": what follows a person's name.</summary>
    public static bool FollowedByPersonClause(List<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || !tokens[last + 1].Is(','))
        {
            return false;
        }

        var next = tokens[last + 2];
        if (next.Text is "who" or "whose")
        {
            return true;
        }

        if (next.IsWord && char.IsDigit(next.Text[0]) && next.Text.Length <= 3 && last + 3 < tokens.Count && tokens[last + 3].Is(','))
        {
            return true;
        }

        if (next.Text is not ("a" or "an"))
        {
            return false;
        }

        for (var k = last + 3; k < tokens.Count && tokens[k].IsWord; k++)
        {
            if (Lexicon.OrganizationNouns.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "he told Jane Smith", "she asked Dana Webb": a verb that has its subject before it and takes the listener as its
    /// object names the listener after it. After a quote ("“Why now?” asked Dana Webb") the name is the speaker.
    /// </summary>
    public static bool NamesListener(List<Token> tokens, int verb)
        => Lexicon.ListenerVerbs.Contains(tokens[verb].Text) && verb > 0 && tokens[verb - 1].IsWord;

    /// <summary>"said Joan Whitaker" or "Joan Whitaker said": a full name as the subject of a reporting verb.</summary>
    public static bool NextToReportingVerb(List<Token> tokens, int first, int last)
    {
        var after = last + 1;
        // "…, said Jo Park." speaks; in "He said Kora Search was …" the name opens what was said.
        var endsClause = after >= tokens.Count || !tokens[after].IsWord || Lexicon.Prepositions.Contains(tokens[after].Text)
            || Lexicon.AdjunctStarters.Contains(tokens[after].Text) || Lexicon.ClauseStarters.Contains(tokens[after].Text);
        var before = first > 0 && Lexicon.ReportingVerbs.Contains(tokens[first - 1].Text) && !NamesListener(tokens, first - 1) && endsClause;
        if (first > 0 && tokens[first - 1].Is(',') && after + 1 < tokens.Count && tokens[after].Is(',') && Lexicon.ReportingVerbs.Contains(tokens[after + 1].Text))
        {
            // "Van Rijn’s chief executive, Pieter de Groot, said"
            return true;
        }

        return before || IsFollowedByReportingVerb(tokens, last);
    }

    /// <summary>"Park said", "Park also said": a reporting verb right after the run.</summary>
    public static bool IsFollowedByReportingVerb(List<Token> tokens, int last)
    {
        var verb = VerbAfter(tokens, last);
        return verb < tokens.Count && Lexicon.ReportingVerbs.Contains(tokens[verb].Text);
    }

    /// <summary>Where the verb after a run ending at <paramref name="last"/> stands, past auxiliaries and adverbs ("has also said").</summary>
    public static int VerbAfter(List<Token> tokens, int last)
    {
        var next = last + 1;
        while (next < tokens.Count && Lexicon.VerbModifiers.Contains(tokens[next].Text))
        {
            next++;
        }

        return next;
    }

    /// <summary>True when no capitalized word other than a sentence opener comes before <paramref name="first"/> in its sentence.</summary>
    public static bool IsFirstNameInSentence(TokenizedParagraph paragraph, int first)
    {
        for (var k = paragraph.SentenceStart(first); k < first; k++)
        {
            if (paragraph.Tokens[k].IsCapitalized && k != paragraph.SentenceStart(first))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Putin’s objectives, as outlined in his statements": a his or her later in the sentence.</summary>
    public static Gender PronounLater(TokenizedParagraph paragraph, int index)
    {
        var end = paragraph.SentenceEnd(index);
        for (var k = index + 1; k < end; k++)
        {
            var text = paragraph.Tokens[k].Text;
            if (text is "his" or "him" or "he")
            {
                return Gender.Male;
            }

            if (text is "her" or "hers" or "she")
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }
}
