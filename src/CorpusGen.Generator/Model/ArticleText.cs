using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Model;

/// <summary>An article file as the compiler passes it.</summary>
/// <param name="Text">The file; compared by reference, which the compiler keeps while the file is unchanged.</param>
/// <param name="IsBinary">True when CorpusGen.targets found bytes the compiler would refuse as binary: its text must not be asked for.</param>
internal sealed record ArticleText(AdditionalText Text, bool IsBinary);
