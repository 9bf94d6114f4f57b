namespace CorpusGen.Generator.Model;

/// <summary>What an article's property says of it in XML documentation: its headline, or its opening when it has none.</summary>
internal sealed record ArticleSummary(CorpusTypeSpec Type, string Path, string Text);
