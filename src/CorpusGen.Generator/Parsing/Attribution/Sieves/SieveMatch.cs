namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A sieve's decision on a quote: the subject that speaks (null when the sieve settles the quote without one), and
/// what the attribution tells of the quote's kind.
/// </summary>
/// <param name="SieveId">The deciding sieve's stable id.</param>
/// <param name="Subject">The words that name the speaker, or null.</param>
/// <param name="Beside">True when the subject stands in the attribution right beside the quote.</param>
/// <param name="Adjacent">True when the attribution introduces the quote directly, so it reads as speech.</param>
/// <param name="Reported">True when a verb reports the quote as someone's words (not "called it …").</param>
/// <param name="NobodysWords">True when the quote is nobody's words: a scare quote or a title.</param>
internal readonly record struct SieveMatch(string SieveId, SubjectSpan? Subject, bool Beside, bool Adjacent, bool Reported, bool NobodysWords = false);

/// <summary>Tokens <see cref="First"/> to <see cref="Last"/> of <see cref="Paragraph"/>: the subject that speaks.</summary>
internal readonly record struct SubjectSpan(TokenizedParagraph Paragraph, int First, int Last);
