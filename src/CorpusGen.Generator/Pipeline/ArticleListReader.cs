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
/// The first line is <see cref="Header"/> and the last <see cref="Footer"/>, so that a list read while the build
/// rewrites it is known to be cut short; each line between is the file's <c>CorpusGenArticle</c> value (<c>true</c>
/// or <c>binary</c>), a tab, and its full path.
/// </remarks>
internal static class ArticleListReader
{
    public const string PropertyKey = "build_property.CorpusGenArticleList";

    /// <summary>How the list file's name ends, checked before its path is compared with the property's.</summary>
    public const string FileExtension = ".list";

    /// <summary>The list's file name, which CorpusGen.targets always gives it: found by it too, for a path the property cannot carry whole.</summary>
    public const string FileName = "CorpusGen.Articles.list";

    public const string Header = "CorpusGen article list 1";

    public const string Footer = "end of list";

    /// <summary>The list file's normalized path, or null when the build passes no list.</summary>
    public static string? ListPath(AnalyzerConfigOptions globalOptions) => BuildFile.PathOf(globalOptions, PropertyKey);

    /// <summary>Whether the build passes a list, without the cost of normalizing its path: asked for every file.</summary>
    public static bool HasList(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(PropertyKey, out var path) && !string.IsNullOrWhiteSpace(path);

    public static bool IsList(AdditionalText text, string? listPath)
        => BuildFile.Is(text, listPath) || string.Equals(System.IO.Path.GetFileName(text.Path), FileName, StringComparison.Ordinal);

    /// <summary>The list file among the candidate texts, or null when the build passed none.</summary>
    public static ArticleText? Find(ImmutableArray<ArticleText> candidates) => BuildFile.Find(candidates, ArticleFileRole.ArticleList);

    /// <summary>
    /// The list the build passed, or <see cref="ArticleList.Missing"/> when it named one (<paramref name="expected"/>)
    /// that is not among the additional files or not whole; <see cref="ArticleList.None"/> when it named none.
    /// </summary>
    public static ArticleList Read(AdditionalText? text, bool expected, CancellationToken cancellationToken)
    {
        if (!expected)
        {
            return ArticleList.None;
        }

        var content = text?.GetText(cancellationToken)?.ToString();
        return content is null ? ArticleList.Missing : Parse(content, cancellationToken);
    }

    /// <summary>The entries of a list's text; <see cref="ArticleList.Missing"/> without its header and footer.</summary>
    public static ArticleList Parse(string content, CancellationToken cancellationToken)
    {
        var lines = content.Split('\n');
        var last = lines.Length - 1;
        while (last > 0 && lines[last].TrimEnd('\r').Length == 0)
        {
            last--;
        }

        if (lines[0].TrimEnd('\r') != Header || last == 0 || lines[last].TrimEnd('\r') != Footer)
        {
            return ArticleList.Missing;
        }

        var entries = new List<ArticleListEntry>(last);
        for (var i = 1; i < last; i++)
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
