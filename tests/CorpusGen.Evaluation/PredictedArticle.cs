using System.Collections.Generic;

namespace CorpusGen.Evaluation;

/// <summary>What the parser made of one file, in the shape of the reader sample's --json dump.</summary>
internal sealed record PredictedArticle(string FileName, string? Headline, IReadOnlyList<string> Paragraphs, IReadOnlyList<PredictedQuote> Quotes);

/// <summary>
/// A quote the parser found; <see cref="Kind"/> is "direct" or "phrase", <see cref="Attribution"/> how its speaker
/// was found and <see cref="Sieve"/> which attribution sieve decided it.
/// </summary>
internal sealed record PredictedQuote(string Text, string? Speaker, string Kind, string Attribution = "none", string Sieve = "none");
