using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>One corpus to generate: its class, the folder its articles come from, and where it is declared.</summary>
/// <param name="Target">What the generated code depends on.</param>
/// <param name="FolderPath">The folder, absolute and normalized, ending with '/'.</param>
/// <param name="Location">Where the corpus is declared, or null for the default corpus; for diagnostics only.</param>
internal sealed record CorpusSpec(CorpusTarget Target, string FolderPath, LocationInfo? Location)
{
    public CorpusTypeSpec Type => Target.Type;
}
