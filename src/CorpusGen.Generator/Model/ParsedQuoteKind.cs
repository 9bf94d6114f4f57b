namespace CorpusGen.Generator.Model;

/// <summary>Mirrors <c>CorpusGen.QuoteKind</c>; the generator cannot reference the run-time library.</summary>
internal enum ParsedQuoteKind
{
    Direct = 0,
    Phrase = 1,
}
