using System;
using System.Collections.Generic;
using System.Text;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Derives a stable C# identifier from an article id: folders join with '_', other characters that
/// cannot appear in an identifier become '_', a leading digit gets a '_' in front, and the first
/// letter is upper case. Names never start with "__", which generated private members use.
/// </summary>
internal static class MemberNames
{
    /// <summary>Members every corpus class has, or inherits from <see cref="object"/>.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "All", "Find", "Speakers", "QuotesBy", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static string FromId(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        foreach (var c in id)
        {
            builder.Append(IdentifierCharacters.IsPart(c) ? c : '_');
        }

        var name = builder.ToString().TrimStart('_');
        if (name.Length == 0)
        {
            return "_";
        }

        if (!IdentifierCharacters.IsStart(name[0]))
        {
            return "_" + name;
        }

        return char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>True when <paramref name="name"/> would clash with a member every corpus class has.</summary>
    public static bool IsReserved(string name, string className)
        => Reserved.Contains(name) || string.Equals(name, className, StringComparison.Ordinal);
}
