using System;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Tells which additional files are articles: <c>.txt</c> files marked with <c>CorpusGenArticle</c>, <c>true</c> for
/// text and <c>binary</c> for files CorpusGen.targets found the compiler would refuse as binary. CorpusGen.targets
/// passes the marks as one list (<see cref="ArticleListReader"/>); a host that passes no list passes them as each
/// file's metadata. Also tells apart the files the build writes for the generator.
/// </summary>
internal static class ArticleFilter
{
    public const string MarkerKey = "build_metadata.AdditionalFiles.CorpusGenArticle";

    public static ArticleText? Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        var path = text.Path;
        if (path.EndsWith(EmbeddedTextIndexReader.FileExtension, StringComparison.OrdinalIgnoreCase))
        {
            return EmbeddedTextIndexReader.IsIndex(text, EmbeddedTextIndexReader.IndexPath(options.GlobalOptions)) ? new ArticleText(text, ArticleFileRole.EmbeddedTextIndex) : null;
        }

        if (path.EndsWith(ArticleListReader.FileExtension, StringComparison.OrdinalIgnoreCase))
        {
            return ArticleListReader.IsList(text, ArticleListReader.ListPath(options.GlobalOptions)) ? new ArticleText(text, ArticleFileRole.ArticleList) : null;
        }

        if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (ArticleListReader.HasList(options.GlobalOptions))
        {
            return new ArticleText(text, ArticleFileRole.Listed);
        }

        return options.GetOptions(text).TryGetValue(MarkerKey, out var marker) && RoleOf(marker) is { } role ? new ArticleText(text, role) : null;
    }

    /// <summary>The role a <c>CorpusGenArticle</c> value gives a file, or null for a value that makes no article.</summary>
    public static ArticleFileRole? RoleOf(string marker)
        => marker.Trim().ToLowerInvariant() switch
        {
            "true" => ArticleFileRole.Article,
            "binary" => ArticleFileRole.BinaryArticle,
            _ => null,
        };
}
