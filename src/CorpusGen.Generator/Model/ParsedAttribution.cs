namespace CorpusGen.Generator.Model;

/// <summary>Mirrors <c>CorpusGen.QuoteAttribution</c>: how a quote's speaker was found.</summary>
internal enum ParsedAttribution
{
    None = 0,
    Beside = 1,
    ReportingVerb = 2,
    Pronoun = 3,
    Role = 4,
    Continuation = 5,
}
