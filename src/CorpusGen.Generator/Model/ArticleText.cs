using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Model;

/// <summary>An additional file CorpusGen reads: an article, or one of the files the build writes about the articles.</summary>
/// <param name="Text">The file; compared by reference, which the compiler keeps while the file is unchanged.</param>
/// <param name="Role">What the file is to the generator.</param>
internal sealed record ArticleText(AdditionalText Text, ArticleFileRole Role)
{
    /// <summary>True when CorpusGen.targets found bytes the compiler would refuse as binary: its text must not be asked for.</summary>
    public bool IsBinary => Role == ArticleFileRole.BinaryArticle;
}
