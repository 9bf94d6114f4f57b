using System.Collections.Generic;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ClauseLimits;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.NounPhrases;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ReportingClauses;

namespace CorpusGen.Generator.Parsing.Attribution.Mentions;

/// <summary>
/// The attribution clause right after a quote: ‘…,’ said NAME, ‘…,’ NAME said, ‘…,’ the district's superintendent,
/// NAME, said. Finds the clause's subject; nothing here depends on the article beyond the paragraph.
/// </summary>
internal static class TrailingAttribution
{
    /// <summary>
    /// ‘…,’ said NAME / ‘…,’ NAME said / ‘…,’ the district's superintendent, NAME, said: the clause right
    /// after the quote is an attribution and nothing more.
    /// </summary>
    internal static (int First, int Last)? SubjectAfter(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var start = quoteToken + 1;
        if (start < tokens.Count && tokens[start].Is(','))
        {
            start++;
        }

        var end = start;
        while (end < tokens.Count && tokens[end].IsWord)
        {
            end++;
            if (end + 2 < tokens.Count && tokens[end].Is('(') && ClosingParenthesis(tokens, end) is var close and > 0)
            {
                // "Deputy Commissioner of Police (Cybercrime) Kavitha Ramaswamy told reporters": the aside is part of the clause.
                end = close + 1;
            }
        }

        if (end == start || Lexicon.ClauseStarters.Contains(tokens[start].Text) || OpensOnPrepositionalPhrase(tokens, start, end))
        {
            return null;
        }

        if (end + 1 < tokens.Count && tokens[end].Is(':') && tokens[end + 1].IsQuote)
        {
            // "‘…’ The minister told reporters: ‘…’": a clause ending in a colon introduces the quote after it.
            return null;
        }

        if (IsReportingVerb(tokens[start]) && tokens[start].Text.EndsWith("ing", System.StringComparison.Ordinal))
        {
            // "…“less than half capacity”, warning of shortages across the Western region": a participle shares
            // the sentence's subject; what follows it is not one.
            return null;
        }

        if (IsReportingVerb(tokens[start]) && end > start + 1 && end - start <= MaxSubjectTokens + 1)
        {
            return InvertedSubject(tokens, start + 1, end);
        }

        if (IsAccordingTo(tokens, start) && end > start + 2)
        {
            return (start + 2, end - 1);
        }

        var endsSentence = tokens[quoteToken].Text is "." or "?" or "!";
        var subject = SubjectEndingWithVerb(tokens, start, end, endsSentence);
        if (subject is null && end < tokens.Count && tokens[end].Is(','))
        {
            // An appositive inside the attribution: the clause runs on to the sentence's end.
            var extendedEnd = end;
            while (extendedEnd < tokens.Count && (tokens[extendedEnd].IsWord || tokens[extendedEnd].Is(',') || tokens[extendedEnd].Is('(') || tokens[extendedEnd].Is(')')))
            {
                extendedEnd++;
            }

            // "…” However, Mr Kaya, who …, vowed to fight back, saying: “…”": a clause that ends in a colon introduces the next quote.
            var introducesNext = extendedEnd + 1 < tokens.Count && tokens[extendedEnd].Is(':') && tokens[extendedEnd + 1].IsQuote;
            subject = introducesNext ? null : SubjectEndingWithVerb(tokens, start, extendedEnd, endsSentence);
        }

        return subject;
    }

    /// <summary>
    /// "…” In its annual plan, the council said", "…” in the tax system, Kennedy said", "…” to help pensioners":
    /// a clause that opens on a prepositional phrase or an infinitive is no attribution ("…,” close friend Ann Hale said" is).
    /// </summary>
    private static bool OpensOnPrepositionalPhrase(List<Token> tokens, int start, int end)
    {
        var word = tokens[start].Text;
        if (!Lexicon.IsPreposition(word))
        {
            return false;
        }

        return tokens[start].IsCapitalized || word == "to" || (start + 1 < end && IsDeterminer(tokens[start + 1].Text));
    }

    /// <summary>The index of the ")" closing a short aside opened at <paramref name="open"/>, or -1.</summary>
    internal static int ClosingParenthesis(List<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k <= open + 6; k++)
        {
            if (tokens[k].Is(')'))
            {
                // "(Cybercrime) Kavitha Ramaswamy", "(ISB), Brian Carwell,": the clause goes on after it.
                return k + 1 < tokens.Count && (tokens[k + 1].IsWord || tokens[k + 1].Is(',')) ? k : -1;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The index of the "(" opening a short aside closed at <paramref name="close"/>, or -1.</summary>
    internal static int OpeningParenthesis(List<Token> tokens, int start, int close)
    {
        for (var k = close - 1; k >= start && k >= close - 6; k--)
        {
            if (tokens[k].Is('('))
            {
                return k;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject after an inverted verb: "said Mayor Jane Doe on Tuesday" ends before "on";
    /// "said the coach, Bob Stone." is Bob Stone.
    /// </summary>
    internal static (int First, int Last)? InvertedSubject(List<Token> tokens, int first, int end)
    {
        var last = end - 1;
        var appositiveFollows = end + 1 < tokens.Count && tokens[end].Is(',');
        var endsInCommonNoun = tokens[last].IsWord && !tokens[last].IsCapitalized;
        if (appositiveFollows && (!tokens[first].IsCapitalized || endsInCommonNoun))
        {
            // "said the coach, Bob Stone." and "said Skyline’s chief executive, Farhan Siddiqui, who …": the name in the appositive.
            var nameEnd = end + 1;
            while (nameEnd < tokens.Count && tokens[nameEnd].IsWord)
            {
                nameEnd++;
            }

            if (IsNameRun(tokens, end + 1, nameEnd - 1) && (nameEnd == tokens.Count || !tokens[nameEnd].IsWord))
            {
                return (end + 1, nameEnd - 1);
            }
        }

        if (tokens[first].IsCapitalized)
        {
            for (var k = first + 1; k < end; k++)
            {
                if (Lexicon.Prepositions.Contains(tokens[k].Text) || Lexicon.AdjunctStarters.Contains(tokens[k].Text))
                {
                    last = k - 1;
                    break;
                }
            }
        }
        return (first, last);
    }

    /// <summary>
    /// When tokens [start, end) are a subject and a reporting verb, optionally followed by where or to
    /// whom it was said ("told reporters", "said in a statement"), the subject.
    /// </summary>
    internal static (int First, int Last)? SubjectEndingWithVerb(List<Token> tokens, int start, int end, bool afterSentence = false)
    {
        if (end - start > MaxSubjectTokens + MaxTrailingTokens)
        {
            return null;
        }

        for (var verb = start + 1; verb < end; verb++)
        {
            if (!IsReportingVerb(tokens[verb]))
            {
                continue;
            }

            if (!IsAttributionTail(tokens, verb, end) || WordsBetween(tokens, start, verb) > MaxSubjectTokens
                || (afterSentence && tokens[verb - 1].Is(',') && tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal)))
            {
                // "….” Ann Holt rejected the claim, telling reporters …": after a quote that ended its sentence, a participle
                // after a comma follows a clause of its own, not a subject.
                return null;
            }

            var last = verb - 1;
            while (last > start && (Lexicon.VerbModifiers.Contains(tokens[last].Text) || tokens[last].Is(',')))
            {
                last--;
            }

            if (last - 1 > start && tokens[last - 1].Is(',') && Lexicon.IsSpeakerPronoun(tokens[last].Text))
            {
                // "Eventually, women could win out, he says": the pronoun before the verb is its subject.
                return (last, last);
            }

            return Lexicon.VerbModifiers.Contains(tokens[last].Text) ? null : (start, last);
        }

        return null;
    }

    /// <summary>The words in [<paramref name="start"/>, <paramref name="end"/>): an appositive's commas and brackets do not count.</summary>
    private static int WordsBetween(List<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            words += tokens[k].IsWord ? 1 : 0;
        }

        return words;
    }

    /// <summary>What may follow the verb of an attribution: nothing, modifiers, a place or time ("in a statement", "on Monday") or, after "told", the listener.</summary>
    internal static bool IsAttributionTail(List<Token> tokens, int verb, int end)
    {
        var next = verb + 1;
        while (next < end && Lexicon.VerbModifiers.Contains(tokens[next].Text))
        {
            next++;
        }

        if (next == end)
        {
            return true;
        }

        if (end - next > MaxTrailingTokens || !tokens[next].IsWord)
        {
            return false;
        }

        return Lexicon.Prepositions.Contains(tokens[next].Text) || Lexicon.AdjunctStarters.Contains(tokens[next].Text)
            || (tokens[verb].Text is "told" or "tells" or "telling");
    }
}
