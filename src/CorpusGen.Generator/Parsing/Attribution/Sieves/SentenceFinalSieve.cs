using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// An attribution closing the quote's sentence after a comma: Staff had been ‘blindsided’ by the decision, said a
/// senior official. Tried only when the sieves before it found no speaker and no attribution beside the quote.
/// </summary>
internal sealed class SentenceFinalSieve : IAttributionSieve
{
    public string Id => "sentence-final";

    public SieveMatch? Match(SieveQuote quote)
        => ReportingClauses.SubjectAtSentenceEnd(quote.Last.Paragraph, quote.Last.TokenIndex) is { } subject
            ? new SieveMatch(Id, new SubjectSpan(quote.Last.Paragraph, subject.First, subject.Last), Beside: false, Adjacent: false, Reported: true)
            : null;
}
