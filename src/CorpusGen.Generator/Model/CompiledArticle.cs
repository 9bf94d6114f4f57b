namespace CorpusGen.Generator.Model;

/// <summary>One article of a corpus as it is compiled: its text and layout, ready to be stored in a shard.</summary>
/// <param name="Type">The corpus class the article belongs to.</param>
/// <param name="Path">The file's normalized absolute path.</param>
/// <param name="Data">The article's text, a separator, then its layout's numbers.</param>
/// <param name="Units">The length of <paramref name="Data"/> in the literal's units: UTF-8 bytes or UTF-16 characters.</param>
internal sealed record CompiledArticle(CorpusTypeSpec Type, string Path, string Data, int Units);
