using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Generator reruns in a 1,000-article corpus, as an IDE triggers them: after an edit to unrelated
/// code, and after one article's edit. Each rerun starts from a driver that has run once.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IncrementalBenchmarks
{
    private IdeSession _session = null!;

    [GlobalSetup]
    public void Setup() => _session = IdeSession.StartWithArticles(1000);

    [Benchmark]
    public GeneratorDriver UnrelatedCodeEdit() => _session.Driver.RunGenerators(_session.EditedCompilation);

    [Benchmark]
    public GeneratorDriver OneArticleEdit() => _session.Driver.ReplaceAdditionalText(_session.Article, _session.EditedArticle).RunGenerators(_session.Compilation);
}
