using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Run => Result.Results.Single();

    /// <summary>Warnings and errors of the compilation with the generated code; info diagnostics are left out.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems
        => Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string Source(string hintName) => Run.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}
