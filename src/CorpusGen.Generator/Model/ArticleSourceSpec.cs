namespace CorpusGen.Generator.Model;

/// <summary>Everything needed to compile one article into its shard.</summary>
/// <param name="Type">The corpus class.</param>
/// <param name="Entry">The article's place and names in the corpus.</param>
/// <param name="Article">The parsed article, as the pipeline keeps it.</param>
/// <param name="File">The article's file in the text the build embedded, or null to compile all its text into literals.</param>
internal sealed record ArticleSourceSpec(CorpusTypeSpec Type, ArticleEntry Entry, StoredArticle Article, EmbeddedFile? File = null);
