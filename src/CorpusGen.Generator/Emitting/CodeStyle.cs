namespace CorpusGen.Generator.Emitting;

/// <summary>
/// What the consuming project's language version allows: nullable annotations need C# 8, so for older
/// versions the same code is written without them.
/// </summary>
internal sealed record CodeStyle(bool NullableAnnotations)
{
    public static readonly CodeStyle Modern = new(NullableAnnotations: true);

    /// <summary><c>T?</c>, or <c>T</c> without nullable annotations.</summary>
    public string Nullable(string type) => NullableAnnotations ? type + "?" : type;

    /// <summary>The null-forgiving operator, or nothing without nullable annotations.</summary>
    public string NotNull => NullableAnnotations ? "!" : string.Empty;
}
