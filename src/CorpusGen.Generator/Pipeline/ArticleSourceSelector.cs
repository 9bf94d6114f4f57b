using System.Collections.Generic;
using System.Collections.Immutable;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Pairs a parsed article with its place in each corpus that holds it, and with its file in the embedded text.</summary>
internal static class ArticleSourceSelector
{
    public static ImmutableArray<ArticleSourceSpec> Select(ArticleFile file, CorpusPlan plan, EmbeddedTextIndex embeddedText)
    {
        if (file.Article is null)
        {
            return ImmutableArray<ArticleSourceSpec>.Empty;
        }

        var specs = new List<ArticleSourceSpec>(1);
        foreach (var layout in plan.Corpora)
        {
            var entry = CorpusPlanner.FindEntry(layout, file.Path);
            if (entry is not null)
            {
                specs.Add(new ArticleSourceSpec(layout.Corpus.Type, entry, file.Article, embeddedText.Find(file.Path, file.FileText)));
            }
        }

        return specs.ToImmutableArray();
    }
}
