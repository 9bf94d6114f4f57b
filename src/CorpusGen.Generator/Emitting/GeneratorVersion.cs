namespace CorpusGen.Generator.Emitting;

/// <summary>The version written into <c>[GeneratedCode]</c>; kept in step with the package version.</summary>
internal static class GeneratorVersion
{
    public const string Value = "0.1.0";
}
