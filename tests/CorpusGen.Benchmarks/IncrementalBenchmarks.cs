using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
        _driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, parseOptions, new Options())
            .RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver UnrelatedCodeEdit() => _driver.RunGenerators(_editedCompilation);

    [Benchmark]
    public GeneratorDriver OneArticleEdit() => _driver.ReplaceAdditionalText(_article, _editedArticle).RunGenerators(_compilation);

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Global = new(new Dictionary<string, string>
        {
            ["build_property.CorpusGenProjectDirectory"] = "/bench",
            ["build_property.CorpusGenFolder"] = "seeds",
            ["build_property.RootNamespace"] = "Bench",
        });

        private static readonly DictionaryOptions Article = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusGenArticle"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
