namespace CorpusGen.Generator.Model;

/// <summary>What the parser found wrong or missing in an article.</summary>
internal enum ParseProblemKind
{
    EmptyArticle,
    MissingHeadline,
    UnclosedQuote,
}
