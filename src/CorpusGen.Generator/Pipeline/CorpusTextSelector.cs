using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Keeps the candidate articles that lie below a corpus folder, once per path, in ordinal path order; a file the
/// build's article list decides is kept when the list has it, as text or binary as the list says.
/// Only paths are compared here, so an unchanged <see cref="AdditionalText"/> stays cached downstream.
/// </summary>
internal static class CorpusTextSelector
{
    public static ImmutableArray<ArticleText> Select(ImmutableArray<ArticleText> candidates, EquatableArray<CorpusSpec> corpora, ArticleList articleList)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<(string Path, ArticleText Text)>();
        foreach (var text in candidates)
        {
            if (text.Role is ArticleFileRole.EmbeddedTextIndex or ArticleFileRole.ArticleList)
            {
                continue;
            }

            var path = PathNormalizer.Normalize(text.Text.Path);
            var article = text.Role == ArticleFileRole.Listed ? Listed(text, path, articleList) : text;
            if (article is not null && corpora.Any(corpus => PathNormalizer.IsInFolder(path, corpus.FolderPath)) && seen.Add(path))
            {
                selected.Add((path, article));
            }
        }

        selected.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return selected.Select(item => item.Text).ToImmutableArray();
    }

    private static ArticleText? Listed(ArticleText text, string path, ArticleList articleList)
        => articleList.RoleOf(path) is { } role ? text with { Role = role } : null;
}
