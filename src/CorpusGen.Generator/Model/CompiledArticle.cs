namespace CorpusGen.Generator.Model;

/// <summary>One article as its shard stores it: its text and layout, made while the shard is emitted.</summary>
/// <param name="Data">The article's text, then its layout's numbers, packed.</param>
/// <param name="Units">The length of <paramref name="Data"/> in the literal's units: UTF-8 bytes or UTF-16 characters.</param>
/// <param name="TextUnits">Where the layout starts in <paramref name="Data"/>, in the same units.</param>
/// <param name="FileSlot">The number of the article's file in the embedded text, or -1 when all its text is in <paramref name="Data"/>.</param>
internal sealed record CompiledArticle(string Data, int Units, int TextUnits, int FileSlot);
