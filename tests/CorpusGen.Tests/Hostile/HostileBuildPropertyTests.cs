using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// Build properties are user input too: a root namespace that is no namespace, or a folder that is no
/// path, must give compiling output or a diagnostic, never a generator failure.
/// </summary>
public sealed class HostileBuildPropertyTests
{
    [Theory]
    [InlineData("", "Corpus")]
    [InlineData("1Bad", "_1Bad.Corpus")]
    [InlineData("class", "class.Corpus")]
    [InlineData("my-app.Web", "my_app.Web.Corpus")]
    [InlineData("A..B", "A.B.Corpus")]
    [InlineData(".Leading.Dot", "Leading.Dot.Corpus")]
    [InlineData("global::X", "X.Corpus")]
    [InlineData("\u00DCber.N\u00E4me", "\u00DCber.N\u00E4me.Corpus")]
    [InlineData("two words", "two_words.Corpus")]
    public void AnyRootNamespaceGivesCompilingCode(string rootNamespace, string corpusType)
    {
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.RootNamespace"] = rootNamespace;
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), options: options);

        Assert.Null(outcome.Run.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(5, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, corpusType)).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("seeds\0")]
    [InlineData("<>|*?")]
    [InlineData("../../../../../../..")]
    [InlineData("C:\\")]
    [InlineData("//server/share")]
    public void AnyFolderGivesCompilingCodeOrAWarning(string folder)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), options: GeneratorHarness.DefaultOptions(folder));

        Assert.Null(outcome.Run.Exception);
        Assert.All(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning), diagnostic => Assert.Equal("CORPUS006", diagnostic.Id));
        Assert.Empty(outcome.CompilationProblems);

        // Either the folder names the seeds after all, or the user is told it holds no articles.
        var articles = CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")).Count;
        Assert.True(articles == 5 || outcome.GeneratorDiagnostics.Any(diagnostic => diagnostic.Id == "CORPUS006"), $"{articles} articles and no CORPUS006");
    }
}
