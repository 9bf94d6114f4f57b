using System;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>Projects CorpusGen must not break: old language versions, keywords, clashing names, Windows paths.</summary>
public sealed class ConsumerCodeTests
{
    [Fact]
    public void CSharp7ProjectsGetCodeWithoutNullableAnnotations()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), version: LanguageVersion.CSharp7_3);
        Assert.Empty(outcome.CompilationProblems);
        Assert.All(outcome.Run.GeneratedSources, source => Assert.DoesNotContain("#nullable", source.SourceText.ToString(), StringComparison.Ordinal));
        Assert.Equal(5, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")).Count);
    }

    [Fact]
    public void FileNamesDifferingOnlyInCaseNeverStopTheGenerator()
    {
        var texts = new[] { GeneratorHarness.Article("seeds/aB.txt", "First\n\nBody."), GeneratorHarness.Article("seeds/ab.txt", "Second\n\nBody.") };
        var outcome = GeneratorHarness.Run(texts);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
        Assert.Empty(outcome.CompilationProblems);
        Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS004"));
        Assert.Equal(new[] { "AB", "Ab_2" }, CompiledCorpus.MemberNames(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
    }

    [Fact]
    public void KeywordNamespacesAndClassNamesWork()
    {
        const string source = "namespace @class.@int { [CorpusGen.Corpus(\"seeds\")] static partial class @event { } }";
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), source);
        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(5, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "class.int.event")).Count);
    }

    [Fact]
    public void UserCanMakeTheDefaultCorpusPublic()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), "namespace TestProject { public static partial class Corpus { } }");
        Assert.Empty(outcome.CompilationProblems);
        Assert.True(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus").IsPublic);
    }

    [Fact]
    public void ArticleNamesAvoidTheUsersOwnMembers()
    {
        const string source = "[CorpusGen.Corpus(\"seeds\")] static partial class Seeds { public static int Alpha => 1; }";
        var outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seeds/alpha.txt", "Alpha\n\nBody.") }, source);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(new[] { "AlphaArticle" }, CompiledCorpus.MemberNames(CompiledCorpus.LoadType(outcome.Output, "Seeds")));
    }

    [Fact]
    public void WindowsPathsCompareIgnoringCase()
    {
        var options = GeneratorHarness.DefaultOptions("Seeds");
        options["build_property.CorpusGenProjectDirectory"] = "C:\\Proj";
        var texts = new[] { new InMemoryAdditionalText("c:\\proj\\seeds\\news\\a.txt", "Story\n\nBody.") };
        var outcome = GeneratorHarness.Run(texts, options: options);
        Assert.Empty(outcome.GeneratorDiagnostics.WithId("CORPUS006"));
        Assert.Equal("news/a", CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")).Single().Id);
    }

    [Fact]
    public void OutputNamesAMachinePathOnlyInTheLineDirectivesThatLeadToArticles()
    {
        var texts = new[] { new InMemoryAdditionalText("/home/someone/data/news/story.txt", "A Headline\n\nBody text.") };
        var outcome = GeneratorHarness.Run(texts, options: GeneratorHarness.DefaultOptions("/home/someone/data/news"));
        var lines = outcome.Run.GeneratedSources.SelectMany(source => source.SourceText.ToString().Split('\n'))
            .Where(line => line.Contains("/home/someone", StringComparison.Ordinal));
        Assert.Equal(["#line (1, 1) - (1, 10) 49 \"/home/someone/data/news/story.txt\""], lines.Select(line => line.Trim()));
    }

    [Fact]
    public void UnderTheBuildsPathMapOutputNamesNoMachinePath()
    {
        var texts = new[] { new InMemoryAdditionalText("/home/someone/data/news/story.txt", "A Headline\n\nBody text.") };
        var options = GeneratorHarness.DefaultOptions("/home/someone/data/news");
        options["build_property.CorpusGenPathMap"] = System.Uri.EscapeDataString("/home/someone/=/_/");
        var outcome = GeneratorHarness.Run(texts, options: options);
        Assert.All(outcome.Run.GeneratedSources, source => Assert.DoesNotContain("/home/someone", source.SourceText.ToString(), StringComparison.Ordinal));
        Assert.Contains("\"/_/data/news/story.txt\"", outcome.Source("TestProject.Corpus.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedMembersAreDocumented()
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGen.Generator.CorpusGenerator().AsSourceGenerator() },
            GeneratorHarness.Seeds(),
            GeneratorHarness.DocumentedParseOptions(),
            new TestOptionsProvider(GeneratorHarness.DefaultOptions()));
        var compilation = CSharpCompilation.Create(
            "Documented",
            new[] { CSharpSyntaxTree.ParseText("namespace TestProject { /// <summary>The corpus.</summary>\n public static partial class Corpus { } }", GeneratorHarness.DocumentedParseOptions()) },
            ReferenceAssemblies.Net,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }
}
