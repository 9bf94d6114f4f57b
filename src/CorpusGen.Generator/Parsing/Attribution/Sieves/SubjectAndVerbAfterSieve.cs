using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A subject and a reporting verb right after the quote, in its sentence, whatever follows them: While the economy
/// grows at a “steady pace” he warned that debt was rising. The subject speaks. Tried after the verbs before the quote.
/// </summary>
internal sealed class SubjectAndVerbAfterSieve : IAttributionSieve
{
    /// <summary>A subject between a quote and its verb is short: a pronoun, a name, "the minister".</summary>
    private const int MaxSubjectWords = 4;

    public string Id => "subject-and-verb-after";

    public SieveMatch? Match(SieveQuote quote)
    {
        var paragraph = quote.Last.Paragraph;
        var tokens = paragraph.Tokens;
        var first = quote.Last.TokenIndex + 1;
        if (first < tokens.Count && tokens[first].Is(','))
        {
            first++;
        }

        var end = paragraph.SentenceEnd(quote.Last.TokenIndex);
        var verb = first;
        while (verb < end && verb - first < MaxSubjectWords && tokens[verb].IsWord && !Lexicon.ReportingVerbs.Contains(tokens[verb].Text))
        {
            verb++;
        }

        if (verb == first || verb >= end || !Lexicon.ReportingVerbs.Contains(tokens[verb].Text) || !IsSubject(tokens, first, verb - 1))
        {
            return null;
        }

        return new SieveMatch(Id, new SubjectSpan(paragraph, first, verb - 1), Beside: false, Adjacent: false, Reported: true);
    }

    /// <summary>A pronoun, a capitalized name, or "the" and a noun: not the words of a clause.</summary>
    private static bool IsSubject(System.Collections.Generic.List<Token> tokens, int first, int last)
        => (first == last && Lexicon.IsSpeakerPronoun(tokens[first].Text))
            || NounPhrases.IsNameRun(tokens, first, last)
            || (tokens[first].Text is "the" or "The" && last > first && Lexicon.RoleNouns.Contains(tokens[last].Text));
}
