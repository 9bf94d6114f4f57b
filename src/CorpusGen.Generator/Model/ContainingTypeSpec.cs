namespace CorpusGen.Generator.Model;

/// <summary>A type that encloses a corpus class, such as <c>partial class Outer</c>.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);
