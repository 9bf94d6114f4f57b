using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Generator.Pipeline;
using CorpusGen.Synthesis;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Parse and emit, one core, over synthetic corpora of 1, 10 and 100 MB: what the generator does
/// per file (parse, lay out) and per shard of 64 articles (emit). MB/s is <see cref="Megabytes"/> divided by the mean time.
/// With <see cref="EmbeddedText"/>, as a build with CorpusGen's targets runs it: each article is also found in its
/// file, and its text compiled only where it is no slice of the file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GeneratorThroughputBenchmarks
{
    private (string FileName, string Text)[] _articles = [];

    [Params(1, 10, 100)]
    public int Megabytes { get; set; }

    [Params(false, true)]
    public bool EmbeddedText { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = new CorpusSynthesizer(seed: 1).Articles((long)Megabytes * 1024 * 1024).ToArray();

    [Benchmark]
    public long ParseAndEmit()
    {
        long characters = 0;
        var type = new CorpusTypeSpec("Bench", CorpusGen.Generator.Common.EquatableArray<ContainingTypeSpec>.Empty, "Corpus", "static");
        var shard = new List<ArticleSourceSpec>(ShardSpec.ArticlesPerShard);
        var shards = 0;
        foreach (var (fileName, text) in _articles)
        {
            var article = ArticleParser.Parse(text);
            var entry = new ArticleEntry("/bench/" + fileName, fileName.Substring(0, fileName.Length - 4), fileName, "A" + fileName.Substring(0, 6));
            var file = EmbeddedText ? ArticleFileTextLocator.Locate(text, article, CancellationToken.None) : null;
            var embedded = file is null ? null : new EmbeddedFile(shards, file.Length, file.PieceStarts);
            shard.Add(new ArticleSourceSpec(type, entry, StoredArticle.From(article), embedded));
            if (shard.Count == ShardSpec.ArticlesPerShard)
            {
                characters += EmitShard(type, shards++, shard);
            }
        }

        return shard.Count == 0 ? characters : characters + EmitShard(type, shards, shard);
    }

    private static int EmitShard(CorpusTypeSpec type, int number, List<ArticleSourceSpec> articles)
    {
        var length = ShardEmitter.Emit(new ShardSpec(type, number, articles.ToEquatableArray()), CodeStyle.Modern, CancellationToken.None).Length;
        articles.Clear();
        return length;
    }
}
