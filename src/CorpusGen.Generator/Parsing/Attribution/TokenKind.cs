namespace CorpusGen.Generator.Parsing.Attribution;

internal enum TokenKind
{
    Word,
    Punctuation,
    Quote,
}
