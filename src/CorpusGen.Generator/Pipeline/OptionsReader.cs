using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Reads the MSBuild properties that CorpusGen.props makes visible to the compiler.</summary>
internal static class OptionsReader
{
    public static CorpusOptions Read(AnalyzerConfigOptions globalOptions)
    {
        // CorpusGen.props always sets CorpusGenProjectDirectory: without it, the props were not imported.
        var propsDirectory = Get(globalOptions, "build_property.CorpusGenProjectDirectory");
        var projectDirectory = propsDirectory ?? Get(globalOptions, "build_property.ProjectDir");
        var folder = Get(globalOptions, "build_property.CorpusGenFolder") ?? CorpusOptions.DefaultFolderName;
        var rootNamespace = NamespaceNames.FromRootNamespace(Get(globalOptions, "build_property.RootNamespace"));
        return new CorpusOptions(projectDirectory, folder, rootNamespace, HasCorpusGenProps: propsDirectory is not null);
    }

    /// <summary>
    /// The build's PathMap, which CorpusGen.targets computes before the compiler's options are written and escapes as
    /// a URI component, since those options cut a value at '#' or ';'.
    /// </summary>
    public static SourcePathMap ReadPathMap(AnalyzerConfigOptions globalOptions)
        => Get(globalOptions, "build_property.CorpusGenPathMap") is { } escaped ? SourcePathMap.Parse(System.Uri.UnescapeDataString(escaped)) : SourcePathMap.None;

    private static string? Get(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
