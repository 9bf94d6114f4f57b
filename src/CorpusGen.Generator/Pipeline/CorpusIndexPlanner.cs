using System.Collections.Generic;
using System.Collections.Immutable;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Pairs each corpus's layout with its articles' summaries, in corpus order. Editing an article's body
/// leaves its summary, and so the corpus class, unchanged.
/// </summary>
internal static class CorpusIndexPlanner
{
    public static ImmutableArray<CorpusIndexSpec> Plan(ImmutableArray<ArticleSummary> summaries, CorpusPlan plan)
    {
        var byCorpusAndPath = new Dictionary<(CorpusTypeSpec Type, string Path), string>(summaries.Length);
        foreach (var summary in summaries)
        {
            byCorpusAndPath[(summary.Type, summary.Path)] = summary.Text;
        }

        var indexes = ImmutableArray.CreateBuilder<CorpusIndexSpec>(plan.Corpora.Count);
        foreach (var layout in plan.Corpora)
        {
            var texts = new string[layout.Articles.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = byCorpusAndPath.TryGetValue((layout.Corpus.Type, layout.Articles[i].Path), out var text) ? text : layout.Articles[i].Id;
            }

            indexes.Add(new CorpusIndexSpec(layout, texts.ToEquatableArray()));
        }

        return indexes.ToImmutable();
    }
}
