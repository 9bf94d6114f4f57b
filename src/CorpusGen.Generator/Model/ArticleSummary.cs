namespace CorpusGen.Generator.Model;

/// <summary>
/// What an article's property says of it: its headline, or its opening when it has none, in XML documentation, and
/// where that text lies in the file, which the property's declaration is mapped to.
/// </summary>
internal sealed record ArticleSummary(CorpusTypeSpec Type, string Path, string Text, SourceSpan Span);
