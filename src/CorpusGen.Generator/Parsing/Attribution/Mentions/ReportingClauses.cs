using System.Collections.Generic;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.NounPhrases;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.TrailingAttribution;

namespace CorpusGen.Generator.Parsing.Attribution.Mentions;

/// <summary>
/// Reporting verbs and source markers around a quote in its sentence: the verb that introduces it, "according to
/// NAME", a passive verb's agent, and an attribution closing the sentence. Pure functions of the paragraph's tokens.
/// </summary>
internal static class ReportingClauses
{
    internal static bool IsAccordingTo(List<Token> tokens, int index) => SourceMarkerLength(tokens, index) > 0;

    /// <summary>"according to" (2 words) or "in the words of" (4 words) at <paramref name="index"/>, else 0.</summary>
    internal static int SourceMarkerLength(List<Token> tokens, int index)
    {
        if (index + 1 < tokens.Count && tokens[index].Text is "according" or "According" && tokens[index + 1].Text == "to")
        {
            return 2;
        }

        return index + 3 < tokens.Count && tokens[index].Text is "in" or "In" && tokens[index + 1].Text == "the"
            && tokens[index + 2].Text == "words" && tokens[index + 3].Text == "of" ? 4 : 0;
    }

    internal static bool IsReportingVerb(Token token)
        => token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text) && !Lexicon.CharacterizingVerbs.Contains(token.Text);

    /// <summary>An attribution closing the quote's sentence after a comma: "…, said NAME." or "…, NAME said."</summary>
    internal static (int First, int Last)? SubjectAtSentenceEnd(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var end = paragraph.SentenceEnd(quoteToken);
        if (end > 0 && !tokens[end - 1].IsWord)
        {
            end--;
        }

        // Each comma-separated clause after the quote, from the last: ", said a senior official, who spoke …".
        var clauseEnd = end;
        for (var comma = end - 1; comma > quoteToken + 1; comma--)
        {
            if (tokens[comma].Is(','))
            {
                for (var k = comma + 1; k < clauseEnd; k++)
                {
                    if (!IsClauseToken(tokens[k]))
                    {
                        return null;
                    }
                }

                var subject = clauseEnd > comma + 2 && IsReportingVerb(tokens[comma + 1])
                    ? InvertedSubject(tokens, comma + 2, clauseEnd)
                    : SubjectEndingWithVerb(tokens, comma + 1, clauseEnd);
                if (subject is not null)
                {
                    return subject;
                }

                clauseEnd = comma;
            }
            else if (!IsClauseToken(tokens[comma]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A word, or a bracket of an aside such as the abbreviation after a name ("the Harbour Trust (HT) said").</summary>
    private static bool IsClauseToken(Token token) => token.IsWord || token.Is('(') || token.Is(')');

    /// <summary>True when nothing but punctuation stands between the start of the sentence and the quote.</summary>
    internal static bool OpensItsSentence(TokenizedParagraph paragraph, int quoteToken)
    {
        for (var k = paragraph.SentenceStart(quoteToken); k < quoteToken; k++)
        {
            if (paragraph.Tokens[k].IsWord || paragraph.Tokens[k].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Not passive ("was told"), and a noun-like form ("remarks") only right after its subject.</summary>
    internal static bool IsUsedAsVerb(List<Token> tokens, int verb, int start)
    {
        if (verb == start)
        {
            return !Lexicon.NounLikeVerbForms.Contains(tokens[verb].Text);
        }

        var previous = tokens[verb - 1];
        if (IsPassiveAuxiliary(previous.Text))
        {
            return false;
        }

        if (tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal) && previous.IsWord && verb - 2 >= start
            && (IsDeterminer(tokens[verb - 2].Text) || tokens[verb - 2].Text is "a" or "an" or "A" or "An"))
        {
            // "an amber warning", "a press briefing": a determiner and a word before it make an -ing form a noun.
            return false;
        }

        if (IsDeterminer(previous.Text) || previous.Text is "this" or "that" or "these" or "those" or "a" or "an" || previous.IsPossessive)
        {
            // "the recall", "the claim", "an earnings call": after a determiner the word is a noun.
            return false;
        }

        return !Lexicon.NounLikeVerbForms.Contains(tokens[verb].Text)
            || (previous.IsWord && !previous.IsPossessive && (previous.IsCapitalized || previous.Text is "he" or "she" or "it" or "they" or "He" or "She" or "It" or "They"));
    }

    /// <summary>"According to NAME, “…”": the source named earlier in the sentence.</summary>
    internal static (int First, int Last)? AccordingToBefore(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(quoteToken);
        // The nearest source before the quote: "…, according to the survey, while according to Ana Ruiz it is “…”".
        for (var k = quoteToken - 3; k >= start; k--)
        {
            var marker = SourceMarkerLength(tokens, k);
            if (marker == 0)
            {
                continue;
            }

            var end = k + marker;
            while (end < quoteToken && tokens[end].IsWord)
            {
                end++;
            }

            // "in the words of its director, Elisabeth Moreau,": the appositive names the source.
            if (end + 1 < quoteToken && tokens[end].Is(','))
            {
                var nameEnd = end + 1;
                while (nameEnd < quoteToken && tokens[nameEnd].IsWord)
                {
                    nameEnd++;
                }

                if (IsNameRun(tokens, end + 1, nameEnd - 1))
                {
                    return (end + 1, nameEnd - 1);
                }
            }

            return end > k + marker ? (k + marker, end - 1) : null;
        }

        return null;
    }

    /// <summary>
    /// "had been told by curators for years that …" before the quote in its sentence: the passive speech verb and the
    /// noun phrase after its "by", or null.
    /// </summary>
    internal static (int Verb, int First, int Last)? PassiveAgentBefore(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(quoteToken);
        for (var verb = quoteToken - 2; verb > start; verb--)
        {
            if (!Lexicon.SpeechVerbs.Contains(tokens[verb].Text) || !IsPassiveAuxiliary(tokens[verb - 1].Text)
                || tokens[verb + 1].Text != "by")
            {
                continue;
            }

            var first = verb + 2;
            var last = first;
            while (last + 1 < quoteToken && tokens[last + 1].IsWord && !Lexicon.Prepositions.Contains(tokens[last + 1].Text)
                && !Lexicon.ClauseStarters.Contains(tokens[last + 1].Text))
            {
                last++;
            }

            return first < quoteToken && tokens[first].IsWord ? (verb, first, last) : null;
        }

        return null;
    }

    /// <summary>"she said, “…”", "Smith said: “…”", "Smith told reporters: “…”": the verb introduces the quote itself.</summary>
    internal static bool IntroducesDirectly(List<Token> tokens, int verb, int quoteToken)
    {
        var words = 0;
        for (var k = verb + 1; k < quoteToken; k++)
        {
            if (tokens[k].IsWord)
            {
                words++;
            }
            else if (!tokens[k].Is(',') && !tokens[k].Is(':'))
            {
                return false;
            }
        }

        return quoteToken - 1 > verb ? (words <= 3 && (tokens[quoteToken - 1].Is(',') || tokens[quoteToken - 1].Is(':'))) : true;
    }

    /// <summary>The last reporting verb before the quote in its sentence, or -1.</summary>
    internal static int SpeechVerbBefore(TokenizedParagraph paragraph, int quoteToken)
    {
        var start = paragraph.SentenceStart(quoteToken);
        for (var k = quoteToken - 1; k >= start; k--)
        {
            var token = paragraph.Tokens[k];
            if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text) && IsUsedAsVerb(paragraph.Tokens, k, start))
            {
                return k;
            }
        }

        return -1;
    }
}
