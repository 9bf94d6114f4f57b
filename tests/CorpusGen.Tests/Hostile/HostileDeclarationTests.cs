using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// [Corpus] declarations a user may write by mistake: each gives a CorpusGen diagnostic or compiling
/// code, never a generator failure, and never generated code with errors of its own.
/// </summary>
public sealed class HostileDeclarationTests
{
    [Theory]
    [InlineData("[CorpusGen.Corpus(null!)] public static partial class Fixtures { }", "CORPUS008")]
    [InlineData("[CorpusGen.Corpus(\"\")] public static partial class Fixtures { }", "CORPUS008")]
    [InlineData("[CorpusGen.Corpus(\"   \")] public static partial class Fixtures { }", "CORPUS008")]
    [InlineData("[CorpusGen.Corpus(\"seeds\")] public static class Fixtures { }", "CORPUS007")]
    [InlineData("public static class Outer { [CorpusGen.Corpus(\"seeds\")] public static partial class Fixtures { } }", "CORPUS007")]
    [InlineData("public static partial class Outer<T> { [CorpusGen.Corpus(\"seeds\")] public static partial class Fixtures { } }", "CORPUS008")]
    [InlineData("[CorpusGen.Corpus(\"no/such/folder\")] public static partial class Fixtures { }", "CORPUS006")]
    [InlineData("[CorpusGen.Corpus(\"<>|\\0\")] public static partial class Fixtures { }", "CORPUS006")]
    public void AMistakenDeclarationIsADiagnostic(string source, string id)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), "namespace App { " + source + " }");

        Assert.Null(outcome.Run.Exception);
        Assert.Contains(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == id);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CORPUS009");
        Assert.Empty(outcome.Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true));
    }

    [Theory]
    [InlineData("namespace @class { [CorpusGen.Corpus(\"seeds\")] public static partial class @namespace { } }", "class.namespace")]
    [InlineData("namespace App; [CorpusGen.Corpus(\"seeds\")] internal partial class Instance { }", "App.Instance")]
    [InlineData("namespace App { public partial class Outer { [CorpusGen.Corpus(\"seeds\")] internal static partial class Fixtures { } } partial class Outer { static partial class Fixtures { } } }", "App.Outer+Fixtures")]
    public void UnusualButValidDeclarationsCompile(string source, string typeName)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), source);

        Assert.Null(outcome.Run.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(5, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, typeName)).Count);
    }
}
