using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Generator.Emitting;

/// <summary>Writes names taken from user code so that keywords stay identifiers (<c>@class</c>).</summary>
internal static class CSharpIdentifier
{
    public static string Escape(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static string EscapeQualified(string qualifiedName)
    {
        var parts = qualifiedName.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Escape(parts[i].TrimStart('@'));
        }

        return string.Join(".", parts);
    }
}
