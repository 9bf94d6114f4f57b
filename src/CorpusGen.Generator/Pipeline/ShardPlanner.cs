using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Groups each corpus's compiled articles, in corpus order, into shards of
/// <see cref="ShardSpec.ArticlesPerShard"/>. A shard whose articles are unchanged compares equal, so
/// only the shard of an edited article is emitted again.
/// </summary>
internal static class ShardPlanner
{
    public static ImmutableArray<ShardSpec> Plan(ImmutableArray<CompiledArticle> articles, CorpusPlan plan, CancellationToken cancellationToken)
    {
        var byCorpusAndPath = new Dictionary<(CorpusTypeSpec Type, string Path), CompiledArticle>(articles.Length);
        foreach (var article in articles)
        {
            byCorpusAndPath[(article.Type, article.Path)] = article;
        }

        var shards = ImmutableArray.CreateBuilder<ShardSpec>();
        foreach (var layout in plan.Corpora)
        {
            var type = layout.Corpus.Type;
            for (var first = 0; first < layout.Articles.Count; first += ShardSpec.ArticlesPerShard)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = System.Math.Min(ShardSpec.ArticlesPerShard, layout.Articles.Count - first);
                var members = new List<CompiledArticle>(count);
                for (var i = first; i < first + count; i++)
                {
                    // Every planned article was parsed; its compiled form is missing only while the driver is cancelled.
                    if (byCorpusAndPath.TryGetValue((type, layout.Articles[i].Path), out var compiled))
                    {
                        members.Add(compiled);
                    }
                }

                shards.Add(new ShardSpec(type, first / ShardSpec.ArticlesPerShard, members.ToEquatableArray()));
            }
        }

        return shards.ToImmutable();
    }
}
