namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>One rule of attribution: it decides a quote, or passes it on to the next sieve.</summary>
internal interface IAttributionSieve
{
    /// <summary>The sieve's stable id, recorded on each quote it decides.</summary>
    string Id { get; }

    /// <summary>Its decision on <paramref name="quote"/>, or null to pass it on.</summary>
    SieveMatch? Match(SieveQuote quote);
}
