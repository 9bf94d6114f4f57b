using System;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Tells which additional files are articles: <c>.txt</c> files CorpusGen.props marked with <c>CorpusGenArticle</c>,
/// <c>true</c> for text and <c>binary</c> for files CorpusGen.targets found the compiler would refuse as binary.
/// </summary>
internal static class ArticleFilter
{
    public const string MarkerKey = "build_metadata.AdditionalFiles.CorpusGenArticle";

    public static ArticleText? Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        if (text.Path.EndsWith(EmbeddedTextIndexReader.FileExtension, StringComparison.OrdinalIgnoreCase))
        {
            return EmbeddedTextIndexReader.IsIndex(text, EmbeddedTextIndexReader.IndexPath(options.GlobalOptions)) ? new ArticleText(text, IsBinary: false, IsEmbeddedTextIndex: true) : null;
        }

        if (!text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || !options.GetOptions(text).TryGetValue(MarkerKey, out var marker))
        {
            return null;
        }

        return marker.Trim().ToLowerInvariant() switch
        {
            "true" => new ArticleText(text, IsBinary: false),
            "binary" => new ArticleText(text, IsBinary: true),
            _ => null,
        };
    }
}
