using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// The speech verb before the one nearest the quote, and its subject: Okafor said the talks suggested firms had
/// “moved on”. Tried only when the nearest verb has a subject and it names no one, so the quote stands inside
/// the outer speaker's words.
/// </summary>
internal sealed class OuterReportingVerbSieve : IAttributionSieve
{
    public string Id => "outer-reporting-verb";

    public SieveMatch? Match(SieveQuote quote)
    {
        var paragraph = quote.First.Paragraph;
        var inner = ReportingClauses.SpeechVerbBefore(paragraph, quote.First.TokenIndex);
        if (inner < 0 || !IsFiniteSpeech(paragraph.Tokens[inner].Text) || quote.Subjects.SubjectBefore(paragraph, inner) is not { } innerSubject
            || Lexicon.DocumentNouns.Contains(paragraph.Tokens[innerSubject.Last].Text))
        {
            // "Ross said the report warned …": a document's words are the document's, not the speaker's.
            // "Ames said groups dubbed “pioneers”", "Lowe branded Clay “rude” for claiming …": a name given or a
            // participle, not a clause of reported speech inside the outer one.
            return null;
        }

        var outer = ReportingClauses.SpeechVerbBefore(paragraph, inner);
        if (outer < 0 || quote.Subjects.SubjectBefore(paragraph, outer) is not { } subject)
        {
            return null;
        }

        return new SieveMatch(Id, new SubjectSpan(paragraph, subject.First, subject.Last), Beside: false, Adjacent: false, Reported: true);
    }

    private static bool IsFiniteSpeech(string verb)
        => !Lexicon.CharacterizingVerbs.Contains(verb) && !verb.EndsWith("ing", System.StringComparison.Ordinal);
}
