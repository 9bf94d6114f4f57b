using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>One corpus to generate: its class and the folder its articles come from.</summary>
/// <param name="Type">The generated class.</param>
/// <param name="FolderPath">The folder, absolute and normalized, ending with '/'.</param>
/// <param name="FolderSetting">The folder as the user wrote it, for messages.</param>
/// <param name="Location">Where the corpus is declared, or null for the default corpus.</param>
internal sealed record CorpusSpec(CorpusTypeSpec Type, string FolderPath, string FolderSetting, LocationInfo? Location)
{
    /// <summary>The zero-configuration corpus, whose class CorpusGen declares itself.</summary>
    public bool IsDefault => Location is null;
}
