namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>A word, punctuation mark or whole top-level quote of a paragraph, outside quoted text.</summary>
/// <param name="Start">Offset of the first character in the paragraph.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The word or mark; for a quote, only its last non-space character.</param>
/// <param name="QuoteIndex">For a <see cref="TokenKind.Quote"/>, the index of the quote in the paragraph's quote list; otherwise -1.</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End, int QuoteIndex)
{

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsQuote => Kind == TokenKind.Quote;

    public bool Is(char punctuation) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == punctuation;

    /// <summary>True for a word that starts with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>True for "Putin’s" or "Putin's".</summary>
    public bool IsPossessive => Kind == TokenKind.Word && HasPossessiveEnding(Text);

    private static bool HasPossessiveEnding(string text)
        => text.Length > 2 && text[text.Length - 1] == 's' && (text[text.Length - 2] == '\u2019' || text[text.Length - 2] == '\'');

    /// <summary>The word without a possessive ending ("Putin" for "Putin’s").</summary>
    public string Base => IsPossessive ? WordPool.Get(Text, 0, Text.Length - 2) : Text;
}
