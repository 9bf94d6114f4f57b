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
        var order = new CorpusOrder<ArticleSummary>(summaries, summary => (summary.Type, summary.Path));

        var indexes = ImmutableArray.CreateBuilder<CorpusIndexSpec>(plan.Corpora.Count);
        foreach (var layout in plan.Corpora)
        {
            var texts = new string[layout.Articles.Count];
            var spans = new SourceSpan[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                var summary = order.At(layout, i);
                texts[i] = summary?.Text ?? layout.Articles[i].Id;
                spans[i] = summary?.Span ?? SourceSpan.FileStart;
            }

            indexes.Add(new CorpusIndexSpec(layout, texts.ToEquatableArray(), spans.ToEquatableArray()));
        }

        return indexes.ToImmutable();
    }
}
