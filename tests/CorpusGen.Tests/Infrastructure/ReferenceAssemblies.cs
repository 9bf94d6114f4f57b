using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// The references a test compilation needs: .NET 8's reference assemblies from Basic.Reference.Assemblies (the
/// oldest framework the library targets without System.Memory), so results do not depend on the installed SDK's
/// runtime, and the CorpusGen run-time library.
/// </summary>
internal static class ReferenceAssemblies
{
    public static ImmutableArray<MetadataReference> Net { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location))
        .ToImmutableArray();
}
