namespace CorpusGen.Generator.Model;

/// <summary>Everything needed to emit one article's source file.</summary>
internal sealed record ArticleSourceSpec(CorpusTypeSpec Type, ArticleEntry Entry, ParsedArticle Article);
