using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Synthesis;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Parse and emit, one core, over synthetic corpora of 1, 10 and 100 MB: the per-file work the
/// generator does. MB/s is <see cref="Megabytes"/> divided by the mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GeneratorThroughputBenchmarks
{
    private (string FileName, string Text)[] _articles = [];

    [Params(1, 10, 100)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = new CorpusSynthesizer(seed: 1).Articles((long)Megabytes * 1024 * 1024).ToArray();

    [Benchmark]
    public long ParseAndEmit()
    {
        long characters = 0;
        var type = new CorpusTypeSpec("Bench", CorpusGen.Generator.Common.EquatableArray<ContainingTypeSpec>.Empty, "Corpus", "static");
        foreach (var (fileName, text) in _articles)
        {
            var article = ArticleParser.Parse(text);
            var entry = new ArticleEntry("/bench/" + fileName, fileName.Substring(0, fileName.Length - 4), fileName, "A" + fileName.Substring(0, 6));
            characters += ArticleEmitter.Emit(new ArticleSourceSpec(type, entry, article), CodeStyle.Modern, CancellationToken.None).Length;
        }

        return characters;
    }
}
