namespace CorpusGen.Generator.Emitting;

/// <summary>
/// What the consuming project's compiler and target allow. Nullable annotations need C# 8; UTF-8
/// string literals need C# 11 and a target with <c>ReadOnlySpan&lt;byte&gt;</c>; <c>#line</c> directives that map a
/// span, not only a line, need C# 10. Without them the same API is written with plain string literals and line maps.
/// </summary>
internal sealed record CodeStyle(bool NullableAnnotations, bool Utf8Literals, bool LineSpanDirectives = true)
{
    public static readonly CodeStyle Modern = new(NullableAnnotations: true, Utf8Literals: true);

    /// <summary><c>T?</c>, or <c>T</c> without nullable annotations.</summary>
    public string Nullable(string type) => NullableAnnotations ? type + "?" : type;

    /// <summary>The null-forgiving operator, or nothing without nullable annotations.</summary>
    public string NotNull => NullableAnnotations ? "!" : string.Empty;
}
