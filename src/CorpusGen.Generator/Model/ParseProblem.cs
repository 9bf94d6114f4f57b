namespace CorpusGen.Generator.Model;

/// <summary>
/// A problem at a character range of the text given to the parser (before normalization).
/// <see cref="Count"/> is how many times it occurs in the article when one problem stands for all of them.
/// </summary>
internal sealed record ParseProblem(ParseProblemKind Kind, int Start, int Length, int Count = 1);
