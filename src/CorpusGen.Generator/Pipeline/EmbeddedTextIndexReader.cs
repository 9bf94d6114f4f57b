using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Reads the index of the article text the build embeds, which CorpusGen.targets passes as an additional file
/// named by the <c>CorpusGenTextIndex</c> property.
/// </summary>
internal static class EmbeddedTextIndexReader
{
    public const string PropertyKey = "build_property.CorpusGenTextIndex";

    /// <summary>How the index file's name ends, checked before its path is compared with the property's.</summary>
    public const string FileExtension = ".index";

    /// <summary>The index file's normalized path, or null when the build embeds no text.</summary>
    public static string? IndexPath(AnalyzerConfigOptions globalOptions) => BuildFile.PathOf(globalOptions, PropertyKey);

    public static bool IsIndex(AdditionalText text, string? indexPath) => BuildFile.Is(text, indexPath);

    public static EmbeddedTextIndex Read(AdditionalText text, CancellationToken cancellationToken)
    {
        var content = text.GetText(cancellationToken)?.ToString();
        if (content is null)
        {
            return EmbeddedTextIndex.Empty;
        }

        var entries = ArticleTextIndex.Read(content)
            .Select(entry => new EmbeddedTextEntry(PathNormalizer.Normalize(entry.Path), entry.Length, entry.Hash))
            .ToEquatableArray();
        return new EmbeddedTextIndex(entries);
    }

    /// <summary>The index file among the candidate texts, or null when the build passed none.</summary>
    public static ArticleText? Find(ImmutableArray<ArticleText> candidates) => BuildFile.Find(candidates, ArticleFileRole.EmbeddedTextIndex);
}
