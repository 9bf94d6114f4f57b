using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing;

/// <summary>A paragraph built from one or more blocks, with its quotes in paragraph offsets.</summary>
/// <param name="Text">The paragraph text; joined blocks are separated by one space.</param>
/// <param name="Quotes">Quotes in order of their opening marks.</param>
internal sealed record AssembledParagraph(string Text, IReadOnlyList<QuoteSpan> Quotes);
