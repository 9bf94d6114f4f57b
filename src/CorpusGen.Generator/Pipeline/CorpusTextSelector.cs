using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Keeps the candidate texts that lie below a corpus folder, once per path, in ordinal path order.
/// Only paths are compared here, so an unchanged <see cref="AdditionalText"/> stays cached downstream.
/// </summary>
internal static class CorpusTextSelector
{
    public static ImmutableArray<ArticleText> Select(ImmutableArray<ArticleText> candidates, EquatableArray<CorpusSpec> corpora)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<(string Path, ArticleText Text)>();
        foreach (var text in candidates)
        {
            if (text.IsEmbeddedTextIndex)
            {
                continue;
            }

            var path = PathNormalizer.Normalize(text.Text.Path);
            if (corpora.Any(corpus => PathNormalizer.IsInFolder(path, corpus.FolderPath)) && seen.Add(path))
            {
                selected.Add((path, text));
            }
        }

        selected.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return selected.Select(item => item.Text).ToImmutableArray();
    }
}
