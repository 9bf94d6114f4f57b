using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Bytes allocated by a search over every headline, paragraph, quote and speaker of a 10 MB corpus through the UTF-8
/// views, once its articles exist (the setup reads every article once): what each further search of an app costs.
/// A cold process's first search, which also creates the articles, is in <see cref="RuntimeAccessBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class Utf8ViewBenchmarks
{
    private const int Megabytes = 10;
    private IReadOnlyList<Article> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = (IReadOnlyList<Article>)CompiledCorpusFactory.LoadCorpus(Megabytes).GetProperty("All")!.GetValue(null)!;
        Utf8ViewScan.CountSpaces(_articles);
    }

    [Benchmark]
    public long SearchEveryView() => Utf8ViewScan.CountSpaces(_articles);
}
