using System.IO;
using System.Linq;
using System.Xml.Linq;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Build;

/// <summary>The lists in build/CorpusGen.targets name exactly the generator's text problems, so none fails a build by surprise.</summary>
public sealed class TextDiagnosticListTests
{
    [Fact]
    public void WarningsNotAsErrorsListsEveryTextProblem()
        => Assert.Equal(DiagnosticDescriptors.TextProblems.Select(descriptor => descriptor.Id).OrderBy(id => id, System.StringComparer.Ordinal), TargetsList("CorpusGenTextDiagnostics"));

    [Fact]
    public void StrictModeListsTheTextProblemsThatAreWarnings()
        => Assert.Equal(
            DiagnosticDescriptors.TextProblems.Where(descriptor => descriptor.DefaultSeverity == DiagnosticSeverity.Warning).Select(descriptor => descriptor.Id).OrderBy(id => id, System.StringComparer.Ordinal),
            TargetsList("CorpusGenTextWarnings"));

    [Fact]
    public void EachTextProblemIsKeptFromWarningsAsErrorsUnlessTheProjectListsIt()
    {
        var targets = Targets();
        var kept = targets.Descendants(targets.Root!.Name.Namespace + "_CorpusGenNotAsErrors")
            .Select(element => element.Value.Split(';').Last())
            .OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.Equal(TargetsList("CorpusGenTextDiagnostics"), kept);
    }

    [Fact]
    public void MistakesInCodeAreNotTextProblems()
        => Assert.All(
            new[] { DiagnosticDescriptors.CorpusClassNotPartial, DiagnosticDescriptors.InvalidCorpusDeclaration, DiagnosticDescriptors.CorpusTooLargeForStringLiterals },
            descriptor => Assert.False(DiagnosticDescriptors.IsTextProblem(descriptor), descriptor.Id));

    private static XDocument Targets() => XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "src", "CorpusGen", "build", "CorpusGen.targets"));

    private static string[] TargetsList(string property)
    {
        var targets = Targets();
        var value = targets.Descendants(targets.Root!.Name.Namespace + property).Single().Value;
        return value.Split(';').OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
    }
}
