using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// Consecutive articles of a corpus compiled into one literal: a few hundred literals hold a corpus
/// of any size, where one per article would cost the compiler and the JIT a member each.
/// </summary>
/// <param name="Type">The corpus class.</param>
/// <param name="Number">The shard's number; it holds articles from <c>Number * ArticlesPerShard</c> on.</param>
/// <param name="Articles">The parsed articles, in corpus order; each is compiled as the shard is emitted, so the pipeline keeps no second copy of its text.</param>
internal sealed record ShardSpec(CorpusTypeSpec Type, int Number, EquatableArray<ArticleSourceSpec> Articles)
{
    /// <summary>
    /// Articles per shard: few enough that editing one article re-emits little, many enough that a
    /// corpus of 26,000 articles is about 400 literals, far below the 65,535 an assembly can hold.
    /// </summary>
    public const int ArticlesPerShard = 64;

    /// <summary>The number of shards that hold <paramref name="articleCount"/> articles.</summary>
    public static int CountFor(int articleCount) => (articleCount + ArticlesPerShard - 1) / ArticlesPerShard;
}
