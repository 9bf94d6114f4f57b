using System.Globalization;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// A corpus with problems in several files gets one CORPUS014 that sums them up per ID, beside the diagnostics
/// at each line, so that a build over a messy folder still says in one line what is wrong and how much.
/// </summary>
public sealed class TextProblemSummaryTests
{
    private const string TwoUnclosedQuotes = "Headline\n\nShe said \u201Cthis never ends.\n\nHe said \u201Cnor this.\n";
    private const string OneUnclosedQuote = "Headline\n\nThey said \u201Cstill open.\n";
    private const string Clean = "Headline\n\n\u201CAll closed,\u201D said Ana Ruiz.\n";

    [Fact]
    public void ProblemsInSeveralFilesAreSummedUpOncePerIdWithTheirFiles()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/a.txt", TwoUnclosedQuotes),
            GeneratorHarness.Article("seeds/b.txt", OneUnclosedQuote),
            GeneratorHarness.Article("seeds/c.txt", "  \n"),
            GeneratorHarness.Article("seeds/d.txt", Clean),
        });

        var summary = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS014"));
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Equal(Location.None, summary.Location);
        Assert.Equal(
            "Corpus 'TestProject.Corpus' has text problems in 3 of its 4 files: 1 \u00D7 CORPUS001 (Article is empty) in 1 file, "
                + "3 \u00D7 CORPUS003 (Quote is never closed) in 2 files; each is reported at its line",
            summary.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(3, outcome.GeneratorDiagnostics.WithId("CORPUS003").Length);
    }

    [Fact]
    public void ProblemsInOneFileNeedNoSummary()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/a.txt", TwoUnclosedQuotes),
            GeneratorHarness.Article("seeds/d.txt", Clean),
        });

        Assert.Equal(2, outcome.GeneratorDiagnostics.WithId("CORPUS003").Length);
        Assert.Empty(outcome.GeneratorDiagnostics.WithId("CORPUS014"));
    }

    [Fact]
    public void InfoDiagnosticsAreNotCounted()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/a.txt", "A first sentence.\nA second one."),
            GeneratorHarness.Article("seeds/b.txt", "Another first sentence.\nAnother second one."),
        });

        Assert.Equal(2, outcome.GeneratorDiagnostics.WithId("CORPUS002").Length);
        Assert.Empty(outcome.GeneratorDiagnostics.WithId("CORPUS014"));
    }

    [Fact]
    public void WhatTheProjectSilencesIsNotCounted()
    {
        var texts = new[]
        {
            GeneratorHarness.Article("seeds/a.txt", TwoUnclosedQuotes),
            GeneratorHarness.Article("seeds/b.txt", OneUnclosedQuote),
            GeneratorHarness.Article("seeds/c.txt", "  \n"),
        };
        var noWarn = GeneratorHarness.Compilation(LanguageVersion.CSharp12)
            .WithOptions(GeneratorHarness.Compilation(LanguageVersion.CSharp12).Options
                .WithSpecificDiagnosticOptions(new[] { new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("CORPUS001", ReportDiagnostic.Suppress) }));

        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(texts, options: null), noWarn);

        var message = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS014")).GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("in 2 of its 3 files: 3 \u00D7 CORPUS003", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CORPUS001", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WhatAnEditorConfigSilencesIsNotCounted()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/a.txt", TwoUnclosedQuotes),
            GeneratorHarness.Article("seeds/b.txt", OneUnclosedQuote),
            new InMemoryAdditionalText("/project/.editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.CORPUS003.severity = none\n"),
        });

        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    [Fact]
    public void ADeclaredCorpusIsSummedUpAtItsDeclaration()
    {
        var outcome = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Article("fixtures/a.txt", TwoUnclosedQuotes),
                GeneratorHarness.Article("fixtures/b.txt", OneUnclosedQuote),
                GeneratorHarness.Article("seeds/c.txt", OneUnclosedQuote),
            },
            "namespace TestProject { [CorpusGen.Corpus(\"fixtures\")] public static partial class Fixtures { } }");

        var summary = Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS014"));
        Assert.Equal("/project/Source0.cs", summary.Location.GetLineSpan().Path);
        Assert.Contains("'TestProject.Fixtures' has text problems in 2 of its 2 files", summary.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
