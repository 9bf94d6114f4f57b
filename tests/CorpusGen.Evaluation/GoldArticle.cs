using System.Collections.Generic;

namespace CorpusGen.Evaluation;

/// <summary>One article of a gold file (../shared/eval/ANNOTATION.md): its headline and every quote in reading order.</summary>
internal sealed record GoldArticle(string FileName, string? Headline, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<string> NoParagraphEndsWith);

/// <summary>
/// A gold quote. <see cref="SpeakerAlternatives"/> holds one or more token lists, any of which a right speaker
/// contains in full; it is empty when the quote has no speaker.
/// </summary>
internal sealed record GoldQuote(string Text, IReadOnlyList<IReadOnlyList<string>> SpeakerAlternatives, bool Strict, string Kind, string? Note);
