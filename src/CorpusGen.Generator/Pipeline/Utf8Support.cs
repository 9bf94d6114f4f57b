using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Tells whether the target has what UTF-8 literals compile to and what decodes them.</summary>
internal static class Utf8Support
{
    public static bool IsAvailable(Compilation compilation)
    {
        var span = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        return span is not null && encoding is not null
            && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(method =>
                method.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type.OriginalDefinition, span));
    }
}
