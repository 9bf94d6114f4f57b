using System.Linq;
using BenchmarkDotNet.Attributes;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The generator in a driver kept across edits, as the IDE keeps it, over a synthetic corpus of <see cref="Megabytes"/>:
/// a rerun after an edit to unrelated code and after one article's edit. <see cref="HeldMemory"/> measures what the
/// kept driver holds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IdeDriverBenchmarks
{
    private IdeSession _session = null!;

    [Params(10)]
    public int Megabytes { get; set; }

    /// <summary>Whether the design-time build wrote the index of the article text it embeds, as CorpusGen.targets does.</summary>
    [Params(false, true)]
    public bool EmbeddedText { get; set; }

    [GlobalSetup]
    public void Setup() => _session = IdeSession.Start(Megabytes, EmbeddedText);

    [Benchmark]
    public GeneratorDriver UnrelatedCodeEdit() => _session.Driver.RunGenerators(_session.EditedCompilation);

    [Benchmark]
    public GeneratorDriver OneArticleEdit() => _session.Driver.ReplaceAdditionalText(_session.Article, _session.EditedArticle).RunGenerators(_session.Compilation);
}

/// <summary>A corpus, a compilation and a driver that has run once over them: the state an IDE keeps between edits.</summary>
internal sealed class IdeSession
{
    private const string IndexPath = "/bench/obj/CorpusGen.ArticleText.index";

    private IdeSession(AdditionalText[] texts, CSharpParseOptions parseOptions, bool embeddedText)
    {
        Texts = texts;
        Article = texts[texts.Length / 2];
        EditedArticle = new MemoryText(Article.Path, Article.GetText()!.ToString() + "\n\nOne more paragraph.");
        Compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }", parseOptions) });
        EditedCompilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", parseOptions));
        var inputs = embeddedText ? texts.Append(Index(texts)).ToArray() : texts;
        Driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, inputs, parseOptions, new CorpusOptions("/bench", "Bench", embeddedText ? IndexPath : null));
    }

    public AdditionalText[] Texts { get; }

    public AdditionalText Article { get; }

    public AdditionalText EditedArticle { get; }

    public CSharpCompilation Compilation { get; }

    public CSharpCompilation EditedCompilation { get; }

    public GeneratorDriver Driver { get; private set; }

    /// <summary>The session before its first run over about <paramref name="megabytes"/> of articles: the texts and compilations exist, the driver has not run.</summary>
    public static IdeSession Create(int megabytes, bool embeddedText = false)
        => Create(new Synthesis.CorpusSynthesizer(seed: 3).Articles((long)megabytes * 1024 * 1024), embeddedText);

    /// <summary>A session that has run once over about <paramref name="megabytes"/> of articles.</summary>
    public static IdeSession Start(int megabytes, bool embeddedText = false) => Started(Create(megabytes, embeddedText));

    /// <summary>A session that has run once over <paramref name="articles"/> articles.</summary>
    public static IdeSession StartWithArticles(int articles) => Started(Create(new Synthesis.CorpusSynthesizer(seed: 3).Articles(articles), embeddedText: false));

    private static IdeSession Create(System.Collections.Generic.IEnumerable<(string FileName, string Text)> articles, bool embeddedText)
        => new(articles.Select(article => (AdditionalText)new MemoryText("/bench/seeds/" + article.FileName, article.Text)).ToArray(), new CSharpParseOptions(LanguageVersion.CSharp12), embeddedText);

    /// <summary>The index CorpusGen.targets writes for these files, as the design-time build leaves it.</summary>
    private static AdditionalText Index(AdditionalText[] texts)
        => new MemoryText(IndexPath, Tasks.PackArticleText.Pack(texts.Select(text => (text.Path, (byte[]?)System.Text.Encoding.UTF8.GetBytes(text.GetText()!.ToString())))).Index);

    private static IdeSession Started(IdeSession session)
    {
        session.Run();
        return session;
    }

    public void Run() => Driver = Driver.RunGenerators(Compilation);
}
