using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Groups each corpus's parsed articles, in corpus order, into shards of
/// <see cref="ShardSpec.ArticlesPerShard"/>. A shard whose articles are unchanged compares equal, so
/// only the shard of an edited article is emitted again.
/// </summary>
internal static class ShardPlanner
{
    public static ImmutableArray<ShardSpec> Plan(ImmutableArray<ArticleSourceSpec> articles, CorpusPlan plan, CancellationToken cancellationToken)
    {
        var order = new CorpusOrder<ArticleSourceSpec>(articles, article => (article.Type, article.Entry.Path));

        var shards = ImmutableArray.CreateBuilder<ShardSpec>();
        foreach (var layout in plan.Corpora)
        {
            for (var first = 0; first < layout.Articles.Count; first += ShardSpec.ArticlesPerShard)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = System.Math.Min(ShardSpec.ArticlesPerShard, layout.Articles.Count - first);
                var members = new List<ArticleSourceSpec>(count);
                for (var i = first; i < first + count; i++)
                {
                    // The plan and the articles come from the same parsed files, so none is missing.
                    if (order.At(layout, i) is { } compiled)
                    {
                        members.Add(compiled);
                    }
                }

                shards.Add(new ShardSpec(layout.Corpus.Type, first / ShardSpec.ArticlesPerShard, members.ToEquatableArray()));
            }
        }

        return shards.ToImmutable();
    }
}
