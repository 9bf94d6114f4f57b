using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Model;

/// <summary>An article file as the compiler passes it, or the index of the article text the build embeds.</summary>
/// <param name="Text">The file; compared by reference, which the compiler keeps while the file is unchanged.</param>
/// <param name="IsBinary">True when CorpusGen.targets found bytes the compiler would refuse as binary: its text must not be asked for.</param>
/// <param name="IsEmbeddedTextIndex">
/// True for the index of the embedded article text (<c>CorpusGenTextIndex</c>), which is no article: told apart in
/// the same step as articles, so that finding it costs no pass of its own over every additional file.
/// </param>
internal sealed record ArticleText(AdditionalText Text, bool IsBinary, bool IsEmbeddedTextIndex = false);
