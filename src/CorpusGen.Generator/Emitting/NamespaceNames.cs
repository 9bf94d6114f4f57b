using System.Collections.Generic;
using System.Text;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Turns the project's <c>RootNamespace</c> into a namespace C# accepts, the way <c>dotnet new</c> does
/// for a project's name: <c>my-app</c> becomes <c>my_app</c>, <c>1Bad</c> becomes <c>_1Bad</c>, empty
/// parts and a <c>global::</c> prefix are dropped. Keywords stay, and are escaped where the name is written.
/// </summary>
internal static class NamespaceNames
{
    private const string GlobalPrefix = "global::";

    /// <summary>The namespace to generate into, or null for the global namespace.</summary>
    public static string? FromRootNamespace(string? rootNamespace)
    {
        if (rootNamespace is null)
        {
            return null;
        }

        var name = rootNamespace.Trim();
        if (name.StartsWith(GlobalPrefix, System.StringComparison.Ordinal))
        {
            name = name.Substring(GlobalPrefix.Length);
        }

        var parts = new List<string>();
        foreach (var part in name.Split('.'))
        {
            var identifier = Identifier(part.Trim());
            if (identifier.Length > 0)
            {
                parts.Add(identifier);
            }
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    private static string Identifier(string part)
    {
        var builder = new StringBuilder(part.Length + 1);
        foreach (var c in part.TrimStart('@'))
        {
            builder.Append(IdentifierCharacters.IsPart(c) ? c : '_');
        }

        if (builder.Length > 0 && !IdentifierCharacters.IsStart(builder[0]) && builder[0] != '_')
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
