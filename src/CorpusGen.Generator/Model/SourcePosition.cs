namespace CorpusGen.Generator.Model;

/// <summary>A character's place in an article's file, as editors count it: line and column from 1; (0, 0) when unknown.</summary>
internal readonly record struct SourcePosition(int Line, int Column);
