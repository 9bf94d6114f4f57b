namespace CorpusGen.Generator.Model;

/// <summary>An article's place in a corpus.</summary>
/// <param name="Path">The file's normalized absolute path.</param>
/// <param name="Id">The path relative to the corpus folder, without extension, with '/' separators.</param>
/// <param name="FileName">The path relative to the corpus folder, with '/' separators.</param>
/// <param name="MemberName">The generated property's name, unique in the corpus class.</param>
internal sealed record ArticleEntry(string Path, string Id, string FileName, string MemberName);
