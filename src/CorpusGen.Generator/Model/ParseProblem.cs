namespace CorpusGen.Generator.Model;

/// <summary>A problem at a character range of the text given to the parser (before normalization).</summary>
internal sealed record ParseProblem(ParseProblemKind Kind, int Start, int Length);
