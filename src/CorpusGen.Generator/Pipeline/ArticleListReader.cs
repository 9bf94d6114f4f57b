using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Reads the list of article files CorpusGen.targets writes and passes as an additional file named by the
/// <c>CorpusGenArticleList</c> property: one file for the whole corpus instead of <c>CorpusGenArticle</c> metadata on
/// each file, which the compiler receives as one .editorconfig section per file and matches every file against.
/// </summary>
/// <remarks>
/// The first line is <see cref="Header"/>; each other line is the file's <c>CorpusGenArticle</c> value (<c>true</c>
/// or <c>binary</c>), a tab, and its full path.
/// </remarks>
internal static class ArticleListReader
{
    public const string PropertyKey = "build_property.CorpusGenArticleList";

    /// <summary>How the list file's name ends, checked before its path is compared with the property's.</summary>
    public const string FileExtension = ".list";

    public const string Header = "CorpusGen article list 1";

    /// <summary>The list file's normalized path, or null when the build passes no list.</summary>
    public static string? ListPath(AnalyzerConfigOptions globalOptions) => BuildFile.PathOf(globalOptions, PropertyKey);

    /// <summary>Whether the build passes a list, without the cost of normalizing its path: asked for every file.</summary>
    public static bool HasList(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(PropertyKey, out var path) && !string.IsNullOrWhiteSpace(path);

    public static bool IsList(AdditionalText text, string? listPath) => BuildFile.Is(text, listPath);

    /// <summary>The list file among the candidate texts, or null when the build passed none.</summary>
    public static ArticleText? Find(ImmutableArray<ArticleText> candidates) => BuildFile.Find(candidates, ArticleFileRole.ArticleList);

    /// <summary>The list's entries; a file that is not a list (no header) lists nothing.</summary>
    public static ArticleList Read(AdditionalText text, CancellationToken cancellationToken)
    {
        var content = text.GetText(cancellationToken)?.ToString();
        return content is null ? new ArticleList(EquatableArray<ArticleListEntry>.Empty) : Parse(content, cancellationToken);
    }

    public static ArticleList Parse(string content, CancellationToken cancellationToken)
    {
        var lines = content.Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
        {
            return new ArticleList(EquatableArray<ArticleListEntry>.Empty);
        }

        var entries = new List<ArticleListEntry>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i].TrimEnd('\r');
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1)
            {
                continue;
            }

            var role = ArticleFilter.RoleOf(line.Substring(0, tab));
            if (role is not null)
            {
                entries.Add(new ArticleListEntry(PathNormalizer.Normalize(line.Substring(tab + 1)), role == ArticleFileRole.BinaryArticle));
            }
        }

        return new ArticleList(entries.ToEquatableArray());
    }
}
