using System.Linq;
using BenchmarkDotNet.Attributes;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Generator reruns in a 1,000-article corpus, as an IDE triggers them: after an edit to unrelated
/// code, and after one article's edit. Each rerun starts from a driver that has run once.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IncrementalBenchmarks
{
    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private AdditionalText _article = null!;
    private AdditionalText _editedArticle = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var texts = new Synthesis.CorpusSynthesizer(seed: 3).Articles(1000)
            .Select(article => (AdditionalText)new MemoryText("/bench/seeds/" + article.FileName, article.Text))
            .ToArray();
        _article = texts[500];
        _editedArticle = new MemoryText(_article.Path, _article.GetText()!.ToString() + "\n\nOne more paragraph.");
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }", parseOptions) });
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", parseOptions));
        _driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, parseOptions, new CorpusOptions("/bench", "Bench"))
            .RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver UnrelatedCodeEdit() => _driver.RunGenerators(_editedCompilation);

    [Benchmark]
    public GeneratorDriver OneArticleEdit() => _driver.ReplaceAdditionalText(_article, _editedArticle).RunGenerators(_compilation);
}
