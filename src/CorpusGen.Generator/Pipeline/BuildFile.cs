using System;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// A file CorpusGen.targets writes for the generator (the article list, the embedded text's index), passes as an
/// additional file and names in a build property: told apart from articles by that path.
/// </summary>
internal static class BuildFile
{
    /// <summary>The file's normalized path from its property, or null when the build passes none.</summary>
    public static string? PathOf(AnalyzerConfigOptions globalOptions, string propertyKey)
        => globalOptions.TryGetValue(propertyKey, out var path) && !string.IsNullOrWhiteSpace(path) ? PathNormalizer.Normalize(path.Trim()) : null;

    public static bool Is(AdditionalText text, string? path)
        => path is not null && string.Equals(PathNormalizer.Normalize(text.Path), path, StringComparison.Ordinal);

    /// <summary>The one candidate with this role, or null when the build passed none (or, wrongly, several).</summary>
    public static ArticleText? Find(ImmutableArray<ArticleText> candidates, ArticleFileRole role)
    {
        var found = candidates.Where(candidate => candidate.Role == role).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
