namespace CorpusGen.Generator.Model;

/// <summary>
/// A quote as the parser found it: <see cref="Start"/> and <see cref="Length"/> index the text of
/// paragraph <see cref="ParagraphIndex"/>; a quote that runs on ends in <see cref="EndParagraphIndex"/>.
/// <see cref="Attribution"/> says how <see cref="Speaker"/> was found, and <see cref="Sieve"/> which attribution
/// sieve decided the quote (null when none did). <see cref="Position"/> is where its text starts in the file.
/// </summary>
internal sealed record ParsedQuote(
    string Text,
    string? Speaker,
    ParsedQuoteKind Kind,
    int ParagraphIndex,
    int Start,
    int Length,
    int EndParagraphIndex,
    ParsedAttribution Attribution,
    string? Sieve,
    SourcePosition Position = default);
