using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Tells which additional files are articles: <c>.txt</c> files CorpusGen.props marked with <c>CorpusGenArticle</c>.</summary>
internal static class ArticleFilter
{
    public const string MarkerKey = "build_metadata.AdditionalFiles.CorpusGenArticle";

    public static bool IsCandidate(AdditionalText text, AnalyzerConfigOptionsProvider options)
        => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && options.GetOptions(text).TryGetValue(MarkerKey, out var marker)
            && string.Equals(marker.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
