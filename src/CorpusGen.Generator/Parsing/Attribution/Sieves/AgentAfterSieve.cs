using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A passive speech verb before the quote and its agent after it: the plan was described as “reckless” by the
/// Harbour Trust; the cuts were called “cruel” and “short-sighted” by unions. The agent speaks.
/// </summary>
internal sealed class AgentAfterSieve : IAttributionSieve
{
    public string Id => "agent-after";

    public SieveMatch? Match(SieveQuote quote)
    {
        var first = quote.First;
        var tokens = first.Paragraph.Tokens;
        // Back past any quotes listed before this one ("“…” and “…”"), to "as" and the verb.
        var verb = first.TokenIndex - 1;
        while (verb > 0 && (tokens[verb].IsQuote || tokens[verb].Is(',') || tokens[verb].Text is "and" or "or"))
        {
            verb--;
        }

        if (verb > 0 && tokens[verb].Text == "as")
        {
            verb--;
        }

        if (verb < 1 || !Lexicon.SpeechVerbs.Contains(tokens[verb].Text) || !NounPhrases.IsPassiveAuxiliary(tokens[verb - 1].Text)
            || quote.Last.Paragraph != first.Paragraph)
        {
            return null;
        }

        // Past the quote and any others listed with it ("“…” and “…”"), to "by".
        var by = quote.Last.TokenIndex + 1;
        while (by < tokens.Count && (tokens[by].IsQuote || tokens[by].Is(',') || tokens[by].Text is "and" or "or"))
        {
            by++;
        }

        if (by + 1 >= tokens.Count || tokens[by].Text != "by" || !tokens[by + 1].IsWord)
        {
            return null;
        }

        // The agent runs to a clause, a preposition or a time ("by unions on Tuesday"), and no further than a subject can.
        var last = by + 1;
        while (last + 1 < tokens.Count && last - by < ClauseLimits.MaxSubjectTokens && tokens[last + 1].IsWord
            && !Lexicon.ClauseStarters.Contains(tokens[last + 1].Text) && !Lexicon.Prepositions.Contains(tokens[last + 1].Text)
            && !Lexicon.TimeWords.Contains(tokens[last + 1].Text))
        {
            last++;
        }

        var reported = !Lexicon.CharacterizingVerbs.Contains(tokens[verb].Text);
        return new SieveMatch(Id, new SubjectSpan(first.Paragraph, by + 1, last), Beside: false, Adjacent: false, reported);
    }
}
