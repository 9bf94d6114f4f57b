namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// An unnamed source as the article wrote it ("a senior official"), where it stood, the noun it turns on,
/// and whether it is one person a later "he" or "she" can mean.
/// </summary>
internal readonly record struct AnonymousSource(int Position, int Paragraph, string Head, string Text, bool Singular);
