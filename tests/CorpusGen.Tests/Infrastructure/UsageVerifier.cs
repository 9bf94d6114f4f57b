using System.Threading.Tasks;
using CorpusGen.CodeFixes;
using CorpusGen.Generator.Usage;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Runs the usage analyzer and its code fixes through Roslyn's testing library, against .NET 8's reference assemblies
/// from Basic.Reference.Assemblies (so results do not depend on the installed SDK) and the CorpusGen library.
/// </summary>
internal static class UsageVerifier
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<CorpusUsageAnalyzer, DefaultVerifier> { TestCode = source };
        UseReferences(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyFixAsync(string source, DiagnosticResult[] expected, string fixedSource, int codeActionIndex = 0)
    {
        var test = new CSharpCodeFixTest<CorpusUsageAnalyzer, CorpusLookupCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
        };
        UseReferences(test.TestState);
        UseReferences(test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static void UseReferences(SolutionState state)
    {
        // No reference package to download: the references are the ones every test compilation uses.
        state.ReferenceAssemblies = new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net8.0");
        state.AdditionalReferences.AddRange(ReferenceAssemblies.Net);
    }
}
