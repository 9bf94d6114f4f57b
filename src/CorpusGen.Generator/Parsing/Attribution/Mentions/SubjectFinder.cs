using System.Collections.Generic;
using CorpusGen.Generator.Parsing.Attribution.Index;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.NounPhrases;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ReportingClauses;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.TrailingAttribution;

namespace CorpusGen.Generator.Parsing.Attribution.Mentions;

/// <summary>
/// Finds the subject of a reporting verb before a quote: the noun phrase that speaks, across appositives, adverbials
/// and inverted order ("‘Fine,’ said Novak"). Reads the article's <see cref="PersonRegistry"/> to know a name.
/// </summary>
internal sealed class SubjectFinder
{
    private readonly PersonRegistry _registry;

    public SubjectFinder(PersonRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>The subject of the verb at <paramref name="verb"/>: skips auxiliaries, appositives and relative pronouns.</summary>
    internal (int First, int Last)? SubjectBefore(TokenizedParagraph paragraph, int verb)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(verb);
        if (verb > start && (tokens[verb - 1].IsQuote || (tokens[verb - 1].Is(',') && verb - 2 >= start && tokens[verb - 2].IsQuote)))
        {
            // "‘Fine,’ said Novak, ‘but …’": the subject follows the verb.
            var end = verb + 1;
            while (end < tokens.Count && tokens[end].IsWord)
            {
                end++;
            }

            return end > verb + 1 ? InvertedSubject(tokens, verb + 1, end) : null;
        }

        var k = verb - 1;
        while (k >= start && tokens[k].IsWord && (Lexicon.VerbModifiers.Contains(tokens[k].Text) || Lexicon.TimeWords.Contains(tokens[k].Text)))
        {
            k--;
        }

        if (k < start)
        {
            return null;
        }

        if (tokens[k].Text == "to" && k > start && tokens[k - 1].IsCapitalized && ListenerVerbBefore(tokens, start, k - 1))
        {
            // "Weir asked Hart to explain": the one asked speaks.
            return NounPhraseEndingAt(paragraph, start, k - 1);
        }

        if (tokens[k].Text == "to" && k > start)
        {
            // "The cardinal used a message to denounce the war as “terrible”": an infinitive's speaker is the noun
            // phrase the sentence opens on, after any opening adverbial ("In a statement, the office said … and hoped to …").
            return OpeningNounPhrase(tokens, Speakers.OpeningName.SkipOpeners(tokens, start, k), k);
        }

        if (tokens[k].Is(','))
        {
            if (tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal))
            {
                // "…, the company said in a statement, adding that": the participle shares the subject of
                // the reporting verb before it; "…, arguing that": else the clause's, the first person named.
                for (var earlier = k - 1; earlier >= start; earlier--)
                {
                    if (IsReportingVerb(tokens[earlier]) && IsUsedAsVerb(tokens, earlier, start))
                    {
                        return SubjectBefore(paragraph, earlier);
                    }
                }

                return SentenceSubject(paragraph, start, k);
            }

            // "NAME, a 62-year-old teacher …, described" and "NAME, 19, from Stockport, who …, said": skip the appositives.
            var close = k;
            while (true)
            {
                var open = close - 1;
                while (open >= start && !tokens[open].Is(','))
                {
                    open--;
                }

                if (open >= start && IsPlaceContinuation(tokens, open + 1, close - 1, start))
                {
                    // "…, a reef ecologist at James Cook University in Townsville, Australia, who …": the country goes with the town.
                    close = open;
                    continue;
                }

                // "A spokesman, Gregory Tully, said": the appositive is the name itself.
                if (open >= start && NameInAppositive(tokens, open + 1, close - 1) is { } name)
                {
                    return name;
                }

                if (open < start)
                {
                    return null;
                }

                if (!IsAppositive(tokens, open + 1, close - 1) || open - 1 < start || !LooksLikeAppositiveMaterial(tokens, open - 1, start))
                {
                    return open > start ? NounPhraseEndingAt(paragraph, start, open - 1) : null;
                }

                close = open;
            }
        }

        for (var back = k; back >= start && back > k - 4 && tokens[back].IsWord && !tokens[back].IsCapitalized; back--)
        {
            var adverbial = back == k || Lexicon.Prepositions.Contains(tokens[back + 1].Text) || Lexicon.VerbModifiers.Contains(tokens[back + 1].Text);
            if (tokens[back].Text is "and" or "but" && adverbial)
            {
                // "… rejected three bids and at one stage accused": the second verb shares the sentence's subject.
                return SentenceSubject(paragraph, start, back);
            }
        }

        if (tokens[k].Text is "and" or "but")
        {
            // "NAME called the plan … but warned that": the coordinated verb shares the earlier subject.
            return SentenceSubject(paragraph, start, k);
        }

        if (tokens[k].Text is "who" or "that" or "which")
        {
            var end = k - 1;
            if (end >= start && tokens[end].Is(','))
            {
                end--;
            }

            if (end - 2 >= start && char.IsDigit(tokens[end].Text[0]) && tokens[end - 1].Is(','))
            {
                // "Lorraine Batiste, 71, who told": the age is an appositive.
                end -= 2;
            }

            return end >= start ? NounPhraseEndingAt(paragraph, start, end) : null;
        }

        var phrase = NounPhraseEndingAt(paragraph, start, k);
        if (phrase is { } role && role.First - 2 >= start && role.First + 1 < k && tokens[role.First - 1].Is(',') && Lexicon.RoleNouns.Contains(tokens[role.First].Text)
            && tokens[role.First + 1].Text is "of" or "at" && NounPhraseEndingAt(paragraph, start, role.First - 2) is { } person && IsPersonName(tokens, person.First, person.Last))
        {
            // "Karin Lehto, head of the radio unit at the firm says": an appositive whose closing comma was left out.
            return person;
        }

        return phrase;
    }

    /// <summary>Two or more capitalized words, none of them an opener, a preposition or a time word: "Karin Lehto", not "Across Wales" or "Since March".</summary>
    private static bool IsPersonName(List<Token> tokens, int first, int last)
    {
        if (last <= first)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var word = tokens[k];
            if (!word.IsCapitalized || Lexicon.SentenceStarters.Contains(word.Text) || Lexicon.IsPreposition(word.Text) || Lexicon.TimeWords.Contains(word.Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The subject of a sentence's main clause, for a participle ("…, calling him") or a second verb
    /// ("… but warned"): the first person it names, or else the noun phrase it opens with.
    /// </summary>
    internal (int First, int Last)? SentenceSubject(TokenizedParagraph paragraph, int start, int before)
    {
        var tokens = paragraph.Tokens;
        for (var k = start; k < before; k++)
        {
            var token = tokens[k];
            if (token.Text is "he" or "He" or "she" or "She")
            {
                return (k, k);
            }

            if (token.IsCapitalized && !token.IsPossessive && _registry.Find(token.Base) is not null)
            {
                var end = k;
                while (end + 1 < before && tokens[end + 1].IsCapitalized && !tokens[end].IsPossessive)
                {
                    end++;
                }

                return NounPhraseEndingAt(paragraph, start, end);
            }
        }

        var first = start;
        while (first < before && (tokens[first].Is(',') || tokens[first].Text is "But" or "And" or "Yet" or "So" or "Still" or "However" or "Then"))
        {
            first++;
        }

        if (first < before && Lexicon.IsPreposition(tokens[first].Text))
        {
            // "In a statement on Thursday, Norvex said … but added": past the adverbial the sentence opens with.
            first = Speakers.OpeningName.SkipOpeners(tokens, first, before);
        }

        return OpeningNounPhrase(tokens, first, before);
    }

    private static bool ListenerVerbBefore(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && Lexicon.ListenerVerbs.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words from <paramref name="first"/> up to the first that looks like a verb or opens a clause.</summary>
    private static (int First, int Last)? OpeningNounPhrase(List<Token> tokens, int first, int before)
    {
        var last = first;
        while (last + 1 < before && tokens[last + 1].IsWord && !LooksLikeVerb(tokens[last + 1]) && !Lexicon.ClauseStarters.Contains(tokens[last + 1].Text))
        {
            last++;
        }

        if (first < last && Lexicon.IsPreposition(tokens[first].Text))
        {
            // "In Lind's memoir Mr Ross is said to have …": the preposition is no part of a name; a subject may follow its phrase.
            first++;
        }

        return first < before && tokens[first].IsWord && !Lexicon.IsPreposition(tokens[first].Text) ? (first, last) : null;
    }
}
