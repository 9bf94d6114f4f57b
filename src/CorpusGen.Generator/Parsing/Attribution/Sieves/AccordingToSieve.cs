using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A source marker before the quote, nearer than any reporting verb: According to Sam Rivera, the plan is “dead”;
/// in the words of its director, Elisabeth Moreau, … The source speaks.
/// </summary>
internal sealed class AccordingToSieve : IAttributionSieve
{
    public string Id => "according-to";

    public SieveMatch? Match(SieveQuote quote)
    {
        var first = quote.First;
        if (ReportingClauses.AccordingToBefore(first.Paragraph, first.TokenIndex) is not { } source
            || source.First <= ReportingClauses.SpeechVerbBefore(first.Paragraph, first.TokenIndex))
        {
            return null;
        }

        var adjacent = first.TokenIndex - source.Last <= 2;
        return new SieveMatch(Id, new SubjectSpan(first.Paragraph, source.First, source.Last), Beside: adjacent, adjacent, Reported: true);
    }
}
