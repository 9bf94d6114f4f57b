using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>Bad input becomes a diagnostic at its line in the .txt file; the build goes on and the generator never throws.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void EmptyArticleIsAWarning()
    {
        var outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seeds/empty.txt", "  \n\n") });
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS001"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/project/seeds/empty.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("empty.txt", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void MissingHeadlineIsInfoAtLineOne()
    {
        var outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seeds/plain.txt", "A first sentence.\nA second one.") });
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS002"));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void UnclosedQuoteIsReportedAtItsOpeningMark()
    {
        const string text = "Headline\r\n\r\nFirst paragraph.\r\n\r\nShe said \u201Cthis never ends.\r\n\r\nLast paragraph.";
        var outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seeds/open.txt", text) });
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS003"));
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(4, position.Line);
        Assert.Equal("She said ".Length, position.Character);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void ClashingIdentifiersAreDisambiguatedAndReported()
    {
        var texts = new[]
        {
            GeneratorHarness.Article("seeds/a-b.txt", "First\n\nBody."),
            GeneratorHarness.Article("seeds/a_b.txt", "Second\n\nBody."),
            GeneratorHarness.Article("seeds/X.txt", "Third\n\nBody."),
            GeneratorHarness.Article("seeds/x.txt", "Fourth\n\nBody."),
        };
        var outcome = GeneratorHarness.Run(texts);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(2, outcome.GeneratorDiagnostics.WithId("CORPUS004").Length);
        var corpus = CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus");
        Assert.Equal(new[] { "A_b", "A_b_2", "X", "X_2" }, CompiledCorpus.MemberNames(corpus));
        Assert.Equal("Second", CompiledCorpus.Property(corpus, "A_b_2").Headline);
        Assert.Equal("Fourth", CompiledCorpus.Property(corpus, "X_2").Headline);
    }

    [Fact]
    public void ReservedNamesAreRenamed()
    {
        var outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seeds/all.txt", "All\n\nBody."), GeneratorHarness.Article("seeds/corpus.txt", "Corpus\n\nBody.") });
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(new[] { "AllArticle", "CorpusArticle" }, CompiledCorpus.MemberNames(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
    }

    [Fact]
    public void UnreadableArticleIsAWarningAndLeftOut()
    {
        var texts = new[] { GeneratorHarness.Article("seeds/good.txt", "Good\n\nBody."), new InMemoryAdditionalText("/project/seeds/bad.txt", null) };
        var outcome = GeneratorHarness.Run(texts);
        Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS005"));
        Assert.Empty(outcome.CompilationProblems);
        Assert.Single(CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
    }

    [Fact]
    public void FailureWhileReadingBecomesADiagnosticNotAnException()
    {
        var texts = new AdditionalText[] { GeneratorHarness.Article("seeds/good.txt", "Good\n\nBody."), new ThrowingAdditionalText("/project/seeds/locked.txt") };
        var outcome = GeneratorHarness.Run(texts);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
        Assert.Null(outcome.Run.Exception);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS009"));
        Assert.Contains("locked", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void EmptyCorpusFolderIsAWarningNamingTheFolder()
    {
        var outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Article("elsewhere/story.txt", "Story\n\nBody.") });
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS006"));
        Assert.Contains("CorpusGenFolder", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Empty(CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
    }

    [Fact]
    public void NonPartialCorpusClassIsAnError()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), "[CorpusGen.Corpus(\"seeds\")] public static class Articles { }");
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS007"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/project/Source0.cs", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void GenericCorpusClassIsAnError()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), "[CorpusGen.Corpus(\"seeds\")] public static partial class Articles<T> { }");
        Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS008"));
    }

    [Fact]
    public void EveryDiagnosticIdIsListedInTheReadme()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "README.md"));
        Assert.All(Descriptors(), descriptor => Assert.Contains(descriptor.Id, readme, System.StringComparison.Ordinal));
        Assert.Contains("(docs/diagnostics.md)", readme, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDiagnosticHasAHelpSectionWithItsSeverityAnExampleAndTheFix()
    {
        var help = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "docs", "diagnostics.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        Assert.All(Descriptors(), descriptor =>
        {
            var heading = "\n## " + descriptor.Id + "\n";
            var start = help.IndexOf(heading, System.StringComparison.Ordinal);
            Assert.True(start >= 0, descriptor.Id + " has no section in docs/diagnostics.md");
            var end = help.IndexOf("\n## ", start + heading.Length, System.StringComparison.Ordinal);
            var section = end < 0 ? help.Substring(start) : help.Substring(start, end - start);
            Assert.Contains("**" + descriptor.Title + "** · " + descriptor.DefaultSeverity, section, System.StringComparison.Ordinal);
            Assert.Contains("**Example**", section, System.StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + ":", section, System.StringComparison.Ordinal);
            Assert.Contains("**Fix**", section, System.StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryDiagnosticLinksToItsHelpSectionInTheRepository()
    {
        var buildProps = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "Directory.Build.props"));
        var repository = System.Text.RegularExpressions.Regex.Match(buildProps, "<RepositoryUrl>(.*)</RepositoryUrl>").Groups[1].Value;
        Assert.NotEmpty(repository);
        Assert.All(Descriptors(), descriptor => Assert.Equal(repository + "/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri));
    }

    [Fact]
    public void AProjectThatOnlyReferencesAConsumerGetsNoCorpus()
    {
        // The generator reaches it through the reference; CorpusGen.props does not, so nothing is generated or reported.
        var options = GeneratorHarness.DefaultOptions();
        options.Remove("build_property.CorpusGenProjectDirectory");
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), options: options);
        Assert.Empty(outcome.Run.GeneratedSources);
        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    private static DiagnosticDescriptor[] Descriptors()
        => typeof(CorpusGen.Generator.CorpusGenerator).Assembly
            .GetType("CorpusGen.Generator.Diagnostics.DiagnosticDescriptors")!
            .GetFields()
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToArray();

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "..", "..", ".."));
}
