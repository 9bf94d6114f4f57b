using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Reads every paragraph and quote of a 10 MB corpus, each run in a fresh process (cold start):
/// through the generated types (as strings, and through the UTF-8 views), by reading the files and parsing them with the same parser, and by
/// deserializing the same corpus from a JSON resource with System.Text.Json source generation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class RuntimeAccessBenchmarks
{
    private const int Megabytes = 10;
    private System.Type _corpus = null!;
    private string[] _files = [];
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = CompiledCorpusFactory.EnsureCorpusFiles(Megabytes);
        _corpus = CompiledCorpusFactory.LoadCorpus(Megabytes);
        _json = JsonCorpusResource.Create(_files);
    }

    [Benchmark(Baseline = true)]
    public long GeneratedTypes()
    {
        var all = (IReadOnlyList<Article>)_corpus.GetProperty("All")!.GetValue(null)!;
        long characters = 0;
        foreach (var article in all)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                characters += paragraph.Text.Length;
            }

            foreach (var quote in article.Quotes)
            {
                characters += quote.Text.Length + (quote.Speaker?.Length ?? 0);
            }
        }

        return characters;
    }

    /// <summary>The same articles through the UTF-8 views: every byte of every paragraph, quote and speaker scanned in place.</summary>
    [Benchmark]
    public long GeneratedTypesUtf8Views() => Utf8ViewScan.CountSpaces((IReadOnlyList<Article>)_corpus.GetProperty("All")!.GetValue(null)!);

    [Benchmark]
    public long ParseFilesAtRunTime()
    {
        long characters = 0;
        foreach (var file in _files)
        {
            var article = ArticleParser.Parse(File.ReadAllText(file));
            foreach (var paragraph in article.Paragraphs)
            {
                characters += paragraph.Length;
            }

            foreach (var quote in article.Quotes)
            {
                characters += quote.Text.Length + (quote.Speaker?.Length ?? 0);
            }
        }

        return characters;
    }

    [Benchmark]
    public long JsonResource()
    {
        using var stream = new MemoryStream(_json, writable: false);
        var corpus = JsonSerializer.Deserialize(stream, JsonCorpusContext.Default.JsonCorpus)!;
        long characters = 0;
        foreach (var article in corpus.Articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                characters += paragraph.Length;
            }

            foreach (var quote in article.Quotes)
            {
                characters += quote.Text.Length + (quote.Speaker?.Length ?? 0);
            }
        }

        return characters;
    }
}
