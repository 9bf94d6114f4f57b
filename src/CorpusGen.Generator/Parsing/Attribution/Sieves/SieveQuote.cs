using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// What a sieve is given: the quote's first and last parts (they differ for a quote over several paragraphs) and
/// the article's subject finder. Everything a sieve reads is here; sieves keep no state between quotes.
/// </summary>
internal readonly record struct SieveQuote(QuotePart First, QuotePart Last, SubjectFinder Subjects);
