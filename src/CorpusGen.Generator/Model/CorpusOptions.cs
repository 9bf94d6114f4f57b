namespace CorpusGen.Generator.Model;

/// <summary>The MSBuild properties CorpusGen reads.</summary>
/// <param name="ProjectDirectory">The project directory, or null when MSBuild did not pass it.</param>
/// <param name="DefaultFolder">The <c>CorpusGenFolder</c> property: the default corpus folder.</param>
/// <param name="RootNamespace">The project's root namespace, or null for the global namespace.</param>
/// <param name="HasCorpusGenProps">
/// True when CorpusGen.props set the build properties: the project added CorpusGen itself. A project that
/// only references one that did gets the generator too (analyzers flow to referencing projects) but not the
/// props, and must not get a corpus of its own.
/// </param>
internal sealed record CorpusOptions(string? ProjectDirectory, string DefaultFolder, string? RootNamespace, bool HasCorpusGenProps)
{
    public const string DefaultFolderName = "seeds";
}
