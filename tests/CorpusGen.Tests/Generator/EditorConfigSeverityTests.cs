using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// <c>dotnet_diagnostic.CORPUSnnn.severity</c> in an .editorconfig above the articles applies at their lines, as it
/// would to a C# file at that path: the compiler itself applies it to C# files only.
/// </summary>
public sealed class EditorConfigSeverityTests
{
    private const string UnclosedQuote = "Headline\n\nShe said \u201Cthis never ends.\n";

    [Fact]
    public void ASeverityInASectionMatchingTheArticleIsTheOneReported()
    {
        var diagnostic = Assert.Single(Run("/project/.editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.CORPUS003.severity = error\n").WithId("CORPUS003"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/project/seeds/open.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void NoneLeavesTheDiagnosticOutAndTheArticleIn()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            new InMemoryAdditionalText("/project/.editorconfig", "root = true\n[seeds/**]\ndotnet_diagnostic.corpus003.severity = none\n"),
        });

        Assert.Empty(outcome.GeneratorDiagnostics);
        var article = Assert.Single(CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
        Assert.Equal("Headline", article.Headline);
    }

    [Fact]
    public void SuggestionMakesAWarningInfoAndWarningMakesInfoAWarning()
    {
        var config = "root = true\n[*]\ndotnet_diagnostic.CORPUS003.severity = suggestion\ndotnet_diagnostic.CORPUS002.severity = warning\n";
        var diagnostics = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            GeneratorHarness.Article("seeds/plain.txt", "A first sentence.\nA second one."),
            new InMemoryAdditionalText("/project/.editorconfig", config),
        }).GeneratorDiagnostics;

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics.WithId("CORPUS003")).Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics.WithId("CORPUS002")).Severity);
    }

    [Theory]
    [InlineData("/project/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CORPUS003.severity = error\n")]
    [InlineData("/project/other/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.CORPUS003.severity = error\n")]
    [InlineData("/project/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.CORPUS001.severity = error\n")]
    public void ASettingThatDoesNotCoverTheArticleOrItsIdChangesNothing(string path, string config)
        => Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Run(path, config).WithId("CORPUS003")).Severity);

    [Fact]
    public void TheEditorConfigNearestTheArticleWins()
    {
        var diagnostics = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            new InMemoryAdditionalText("/project/.editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.CORPUS003.severity = error\n"),
            new InMemoryAdditionalText("/project/seeds/.editorconfig", "[*.txt]\ndotnet_diagnostic.CORPUS003.severity = suggestion\n"),
        }).GeneratorDiagnostics;

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics.WithId("CORPUS003")).Severity);
    }

    [Fact]
    public void ARootEditorConfigHidesTheOnesAboveIt()
    {
        var diagnostics = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            new InMemoryAdditionalText("/.editorconfig", "[*.txt]\ndotnet_diagnostic.CORPUS003.severity = error\n"),
            new InMemoryAdditionalText("/project/.editorconfig", "root = true\n[*.md]\nindent_size = 2\n"),
        }).GeneratorDiagnostics;

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics.WithId("CORPUS003")).Severity);
    }

    [Fact]
    public void AClashIsReportedWithTheSeverityOfTheFileItNames()
    {
        var diagnostics = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/a-b.txt", "One\n\nText.\n"),
            GeneratorHarness.Article("seeds/a_b.txt", "Two\n\nText.\n"),
            new InMemoryAdditionalText("/project/.editorconfig", "root = true\n[a_b.txt]\ndotnet_diagnostic.CORPUS004.severity = none\n"),
        }).GeneratorDiagnostics;

        Assert.Empty(diagnostics.WithId("CORPUS004"));
    }

    [Fact]
    public void AProjectGlobalConfigSetsTheSeverityWhereNoSectionDoes()
    {
        var diagnostics = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            GeneratorHarness.Article("seeds/other.txt", UnclosedQuote),
            new InMemoryAdditionalText("/project/.globalconfig", "is_global = true\ndotnet_diagnostic.CORPUS003.severity = error\ndotnet_diagnostic.CORPUS014.severity = none\n"),
            new InMemoryAdditionalText("/project/seeds/.editorconfig", "[other.txt]\ndotnet_diagnostic.CORPUS003.severity = suggestion\n"),
        }).GeneratorDiagnostics;

        Assert.Equal(
            new[] { ("/project/seeds/open.txt", DiagnosticSeverity.Error), ("/project/seeds/other.txt", DiagnosticSeverity.Info) },
            diagnostics.WithId("CORPUS003").Select(diagnostic => (diagnostic.Location.GetLineSpan().Path, diagnostic.Severity)).OrderBy(pair => pair.Path, System.StringComparer.Ordinal));
        Assert.Empty(diagnostics.WithId("CORPUS014"));
    }

    [Fact]
    public void AConfigThatCannotBeParsedIsLeftOutAndTheGeneratorGoesOn()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            new InMemoryAdditionalText("relative/.editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.CORPUS003.severity = error\n"),
        });

        Assert.Null(outcome.Run.Exception);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS003")).Severity);
    }

    private static ImmutableArray<Diagnostic> Run(string editorConfigPath, string editorConfig)
        => GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/open.txt", UnclosedQuote),
            new InMemoryAdditionalText(editorConfigPath, editorConfig),
        }).GeneratorDiagnostics;
}
