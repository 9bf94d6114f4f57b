using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Usage;

/// <summary>
/// What a generated lookup method finds, as its <c>CorpusGen.CompiledLookupAttribute</c> lists it: read from the
/// method's symbol, so a corpus compiled into another assembly is checked as well as one in the same project.
/// </summary>
internal sealed class CompiledLookup
{
    public const string AttributeMetadataName = "CorpusGen.CompiledLookupAttribute";

    private const char Separator = '\0';

    private readonly HashSet<string> _values;
    private readonly string[] _suggestions;
    private readonly string[]? _members;

    private CompiledLookup(LookupKind kind, string values, string? suggestions, string? members)
    {
        Kind = kind;
        var comparer = kind == LookupKind.SpeakerName ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _values = new HashSet<string>(Split(values), comparer);
        _suggestions = Split(suggestions ?? values);
        var named = members is null ? null : Split(members);
        _members = named is not null && named.Length == _suggestions.Length ? named : null;
    }

    public LookupKind Kind { get; }

    /// <summary>The lookup of <paramref name="method"/>'s attribute, or null when it has none or one this version cannot read.</summary>
    public static CompiledLookup? Read(IMethodSymbol method, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                continue;
            }

            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 2 || arguments[0].Value is not int kind || !Enum.IsDefined(typeof(LookupKind), kind) || arguments[1].Value is not string values)
            {
                return null;
            }

            string? suggestions = null;
            string? members = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Suggestions")
                {
                    suggestions = named.Value.Value as string;
                }
                else if (named.Key == "Members")
                {
                    members = named.Value.Value as string;
                }
            }

            return new CompiledLookup((LookupKind)kind, values, suggestions, members);
        }

        return null;
    }

    public bool Finds(string value) => _values.Contains(value);

    /// <summary>Up to <paramref name="count"/> suggestions closest to <paramref name="value"/>, nearest first; none when none is close.</summary>
    public IReadOnlyList<Suggestion> Closest(string value, int count)
    {
        // Close enough to be a slip: a third of the value's length, and at least one edit; never a whole rewrite.
        var bound = Math.Max(1, value.Length / 3);
        var ignoreCase = Kind == LookupKind.SpeakerName;
        var ranked = new List<(int Distance, int Index)>();
        for (var i = 0; i < _suggestions.Length; i++)
        {
            var distance = EditDistance.Between(value, _suggestions[i], bound, ignoreCase);
            if (distance <= bound && distance < _suggestions[i].Length)
            {
                ranked.Add((distance, i));
            }
        }

        return ranked
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => _suggestions[candidate.Index], StringComparer.Ordinal)
            .Take(count)
            .Select(candidate => new Suggestion(_suggestions[candidate.Index], _members?[candidate.Index]))
            .ToList();
    }

    private static string[] Split(string values) => values.Length == 0 ? Array.Empty<string>() : values.Split(Separator);
}
