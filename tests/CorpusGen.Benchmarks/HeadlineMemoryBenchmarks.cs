using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Bytes allocated to read one article's headline from a 100 MB corpus. Each invocation reads a
/// different article for the first time, so nothing is served from an earlier read.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 2000)]
public class HeadlineMemoryBenchmarks
{
    private const int Megabytes = 100;
    private Func<Article>[] _articles = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CompiledCorpusFactory.LoadCorpus(Megabytes);
        _articles = corpus.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(Article))
            .Select(property => (Func<Article>)Delegate.CreateDelegate(typeof(Func<Article>), property.GetMethod!))
            .ToArray();
    }

    [Benchmark]
    public string? ReadOneHeadline() => _articles[_next++ % _articles.Length]().Headline;
}
