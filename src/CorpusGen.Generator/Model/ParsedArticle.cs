using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>What the parser makes of one article's text; value-equatable so that pipeline steps cache.</summary>
internal sealed record ParsedArticle(
    string? Headline,
    string? Byline,
    EquatableArray<string> Paragraphs,
    EquatableArray<ParsedQuote> Quotes,
    int WordCount,
    EquatableArray<ParseProblem> Problems);
