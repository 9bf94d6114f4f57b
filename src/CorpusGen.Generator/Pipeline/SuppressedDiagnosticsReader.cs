using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// The text-problem IDs the project silences as a whole (<c>NoWarn</c>, or <c>none</c> in a .globalconfig),
/// which the compiler drops after CorpusGen reports them: the corpus summary must not count them.
/// </summary>
internal static class SuppressedDiagnosticsReader
{
    public static EquatableArray<string> Read(CompilationOptions options, CancellationToken cancellationToken)
    {
        var suppressed = new System.Collections.Generic.List<string>();
        foreach (var descriptor in DiagnosticDescriptors.TextProblems)
        {
            var id = descriptor.Id;
            var silenced = (options.SpecificDiagnosticOptions.TryGetValue(id, out var report) && report == ReportDiagnostic.Suppress)
                || (options.SyntaxTreeOptionsProvider is { } provider
                    && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global)
                    && global == ReportDiagnostic.Suppress);
            if (silenced)
            {
                suppressed.Add(id);
            }
        }

        return suppressed.ToEquatableArray();
    }
}
