using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// The attribution clause right after the quote: “…,” said Ines Ortega / “…,” Ortega said / “…,” the harbour's
/// director, Ines Ortega, said. Its subject speaks.
/// </summary>
internal sealed class TrailingAttributionSieve : IAttributionSieve
{
    public string Id => "trailing-attribution";

    public SieveMatch? Match(SieveQuote quote)
    {
        if (TrailingAttribution.SubjectAfter(quote.Last.Paragraph, quote.Last.TokenIndex) is not { } subject)
        {
            return null;
        }

        // A partial quote inside a sentence ("Bees are “not built for heat,” she said") is not speech by position alone.
        var adjacent = ReportingClauses.OpensItsSentence(quote.First.Paragraph, quote.First.TokenIndex);
        return new SieveMatch(Id, new SubjectSpan(quote.Last.Paragraph, subject.First, subject.Last), Beside: true, adjacent, Reported: true);
    }
}
