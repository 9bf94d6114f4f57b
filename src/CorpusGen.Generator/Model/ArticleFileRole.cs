namespace CorpusGen.Generator.Model;

/// <summary>
/// What an additional file is to the generator. The build's own files are told apart in the same step as articles,
/// so that finding them costs no pass of their own over every additional file.
/// </summary>
internal enum ArticleFileRole
{
    /// <summary>An article file, read as text.</summary>
    Article,

    /// <summary>An article file CorpusGen.targets found the compiler would refuse as binary (CORPUS011).</summary>
    BinaryArticle,

    /// <summary>A <c>.txt</c> file whose role the build's article list (<c>CorpusGenArticleList</c>) decides.</summary>
    Listed,

    /// <summary>The index of the article text the build embeds (<c>CorpusGenTextIndex</c>); no article.</summary>
    EmbeddedTextIndex,

    /// <summary>The build's list of article files (<c>CorpusGenArticleList</c>); no article.</summary>
    ArticleList,
}
