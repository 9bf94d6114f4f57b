using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A speech verb earlier in the quote's sentence, and its subject: Ortega said: “…”; Ortega told reporters the bridge
/// was “safe again”; what Ortega called “a fresh start”. A verb that introduces the quote directly stands beside it.
/// A verb with no subject to find still settles the quote's kind.
/// </summary>
internal sealed class ReportingVerbSieve : IAttributionSieve
{
    public string Id => "reporting-verb";

    public SieveMatch? Match(SieveQuote quote)
    {
        var first = quote.First;
        var verb = ReportingClauses.SpeechVerbBefore(first.Paragraph, first.TokenIndex);
        if (verb < 0)
        {
            return null;
        }

        var reported = !Lexicon.CharacterizingVerbs.Contains(first.Paragraph.Tokens[verb].Text);
        var adjacent = reported && ReportingClauses.IntroducesDirectly(first.Paragraph.Tokens, verb, first.TokenIndex);
        SubjectSpan? subject = quote.Subjects.SubjectBefore(first.Paragraph, verb) is { } range ? new SubjectSpan(first.Paragraph, range.First, range.Last) : null;
        return new SieveMatch(Id, subject, Beside: adjacent, adjacent, reported);
    }
}
