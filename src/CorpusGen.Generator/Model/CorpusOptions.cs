namespace CorpusGen.Generator.Model;

/// <summary>The MSBuild properties CorpusGen reads.</summary>
/// <param name="ProjectDirectory">The project directory, or null when MSBuild did not pass it.</param>
/// <param name="DefaultFolder">The <c>CorpusGenFolder</c> property: the default corpus folder.</param>
/// <param name="RootNamespace">The project's root namespace, or null for the global namespace.</param>
internal sealed record CorpusOptions(string? ProjectDirectory, string DefaultFolder, string? RootNamespace)
{
    public const string DefaultFolderName = "seeds";
}
