using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Pipeline;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The build passes which files are articles as one list (<c>CorpusGenArticleList</c>) instead of per-file metadata:
/// the list decides, as text or binary, and keeps the steps per file.
/// </summary>
public sealed class ArticleListTests
{
    private const string ListPath = GeneratorHarness.ProjectDirectory + "/obj/CorpusGen.Articles.list";

    [Fact]
    public void TheListDecidesWhichTextFilesAreArticlesAndWhichAreBinary()
    {
        var reads = 0;
        var texts = new AdditionalText[]
        {
            GeneratorHarness.Article("seeds/vote.txt", "Council Backs Budget\n\nThe council voted on Monday.\n"),
            GeneratorHarness.Article("seeds/notes.txt", "Notes For Editors\n\nNot an article: the build did not list it.\n"),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/seeds/photo.txt", "\u00FF\u00D8\0\0", onRead: () => reads++),
        };
        var list = List(("true", "seeds/vote.txt"), ("binary", "seeds/photo.txt"));

        var outcome = GeneratorHarness.Run(Driver(texts.Append(list)), GeneratorHarness.Compilation());

        Assert.Equal(0, reads);
        Assert.Equal("CORPUS011", Assert.Single(outcome.GeneratorDiagnostics).Id);
        Assert.Equal(new[] { "vote" }, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")).Select(article => article.Id));
    }

    [Fact]
    public void WithAListNoFilesOwnMetadataMakesItAnArticle()
    {
        var texts = new[] { GeneratorHarness.Article("seeds/vote.txt", "Council Backs Budget\n\nThe council voted on Monday.\n") };
        var options = new TestOptionsProvider(ListOptions(), _ => "true");

        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(options, texts.Append(List())), GeneratorHarness.Compilation());

        Assert.Empty(CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
    }

    [Fact]
    public void AListIsReadWhateverItsLineEndingsAndSkipsLinesItCannotRead()
    {
        var list = ArticleListReader.Parse(
            ArticleListReader.Header + "\r\ntrue\t/p/seeds/a.txt\r\n Binary \t/p/seeds/b.txt\r\n\r\nmaybe\t/p/seeds/c.txt\r\nno tab here\r\ntrue\t\r\n" + ArticleListReader.Footer + "\r\n",
            default);

        Assert.False(list.IsMissing);
        Assert.Equal(new[] { ("/p/seeds/a.txt", false), ("/p/seeds/b.txt", true) }, list.Entries.Select(entry => (entry.Path, entry.IsBinary)));
        Assert.True(ArticleListReader.Parse("true\t/p/seeds/a.txt\n" + ArticleListReader.Footer, default).IsMissing);
        Assert.True(ArticleListReader.Parse(ArticleListReader.Header + "\ntrue\t/p/seeds/a.txt\n", default).IsMissing);
    }

    [Fact]
    public void AListTheBuildNamesButTheGeneratorDoesNotReceiveIsReportedNotLeftSilent()
    {
        var texts = new[] { GeneratorHarness.Article("seeds/vote.txt", "Council Backs Budget\n\nThe council voted on Monday.\n") };

        var outcome = GeneratorHarness.Run(Driver(texts), GeneratorHarness.Compilation());

        // CORPUS006 too: the corpus is empty. CORPUS015 says why.
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, reported => reported.Id == "CORPUS015");
        Assert.Contains(ListPath, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AListCutShortIsReportedAndAWholeOneAfterItCompilesTheArticles()
    {
        var article = GeneratorHarness.Article("seeds/vote.txt", "Council Backs Budget\n\nThe council voted on Monday.\n");
        var whole = List(("true", "seeds/vote.txt"));
        var cut = new InMemoryAdditionalText(ListPath, ArticleListReader.Header + "\ntrue\t" + GeneratorHarness.ProjectDirectory + "/seeds/vo");

        var first = GeneratorHarness.Run(Driver(new[] { article, cut }), GeneratorHarness.Compilation());
        Assert.Contains(first.GeneratorDiagnostics, reported => reported.Id == "CORPUS015");

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(cut, whole), GeneratorHarness.Compilation());
        Assert.Empty(second.GeneratorDiagnostics);
        Assert.Equal(new[] { "vote" }, CompiledCorpus.All(CompiledCorpus.LoadType(second.Output, "TestProject.Corpus")).Select(compiled => compiled.Id));
    }

    [Fact]
    public void WithAListAnUnrelatedEditRerunsNothingAndOneArticlesEditReparsesOneFile()
    {
        var counter = new ReadCounter();
        var articles = new CorpusGen.Synthesis.CorpusSynthesizer(seed: 11).Articles(300)
            .Select(article => (AdditionalText)new CountingAdditionalText(GeneratorHarness.ProjectDirectory + "/seeds/" + article.FileName, article.Text, counter))
            .ToArray();
        var list = List(articles.Select(article => ("true", article.Path.Substring(GeneratorHarness.ProjectDirectory.Length + 1))).ToArray());
        var compilation = GeneratorHarness.Compilation();
        var first = GeneratorHarness.Run(UntrackedDriver(articles.Append(list)), compilation);
        Assert.Equal(300, counter.Reads);
        Assert.Equal(300, CompiledCorpus.All(CompiledCorpus.LoadType(first.Output, "TestProject.Corpus")).Count);

        var unrelated = GeneratorHarness.Run(first.Driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions())));
        Assert.Equal(300, counter.Reads);
        Assert.All(unrelated.Run.GeneratedSources.Zip(first.Run.GeneratedSources), pair => Assert.Same(pair.Second.SourceText, pair.First.SourceText));

        var target = articles[150];
        var edited = new CountingAdditionalText(target.Path, target.GetText()!.ToString() + "\n\nA new closing paragraph.", counter);
        var readsBefore = counter.Reads;
        var second = GeneratorHarness.Run(unrelated.Driver.ReplaceAdditionalText(target, edited), compilation);
        Assert.Equal(1, counter.Reads - readsBefore);
        var changed = second.Run.GeneratedSources.Where(source => !ReferenceEquals(source.SourceText, first.Run.GeneratedSources.Single(old => old.HintName == source.HintName).SourceText));
        Assert.Equal(new[] { "TestProject.Corpus.Shard-2.g.cs" }, changed.Select(source => source.HintName));
    }

    private static Dictionary<string, string> ListOptions()
    {
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenArticleList"] = ListPath;
        return options;
    }

    // No file carries metadata: as in a build, where only the list says which files are articles.
    private static GeneratorDriver Driver(IEnumerable<AdditionalText> texts)
        => GeneratorHarness.Driver(new TestOptionsProvider(ListOptions(), _ => null), texts);

    // Tracking every step of a corpus this size is slow, so the reads and outputs are counted instead.
    private static GeneratorDriver UntrackedDriver(IEnumerable<AdditionalText> texts)
        => CSharpGeneratorDriver.Create(
            new[] { new CorpusGen.Generator.CorpusGenerator().AsSourceGenerator() },
            texts,
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(ListOptions(), _ => null));

    private static AdditionalText List(params (string Marker, string RelativePath)[] files)
    {
        var text = new StringBuilder(ArticleListReader.Header).Append('\n');
        foreach (var (marker, relativePath) in files)
        {
            text.Append(marker).Append('\t').Append(GeneratorHarness.ProjectDirectory).Append('/').Append(relativePath).Append('\n');
        }

        return new InMemoryAdditionalText(ListPath, text.Append(ArticleListReader.Footer).Append('\n').ToString());
    }
}
