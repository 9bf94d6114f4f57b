using System;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// The build's <c>PathMap</c>, which the compiler applies to every source path it writes (deterministic builds map
/// the checkout to <c>/_/</c>): the generator applies it to the paths of its <c>#line</c> directives, so that
/// output names no machine path wherever the compiler's own output names none.
/// </summary>
internal sealed record SourcePathMap(EquatableArray<PathMapping> Mappings)
{
    public static readonly SourcePathMap None = new(EquatableArray<PathMapping>.Empty);

    /// <summary>Reads <c>old=new</c> pairs separated by commas, with ",," and "==" standing for a comma and an equals sign.</summary>
    public static SourcePathMap Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        var mappings = new System.Collections.Generic.List<PathMapping>();
        foreach (var pair in Split(value!, ','))
        {
            var parts = Split(pair, '=');
            if (parts.Count == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                // Articles' paths are normalized to '/' separators, so the old prefix is too.
                mappings.Add(new PathMapping(WithTrailingSeparator(parts[0].Replace('\\', '/')), WithTrailingSeparator(parts[1])));
            }
        }

        return new SourcePathMap(mappings.ToEquatableArray());
    }

    /// <summary>
    /// <paramref name="path"/> (with '/' separators) with the first mapping whose old prefix it starts with applied, as the
    /// compiler applies it: the rest of the path takes the replacement's separators when the replacement uses one kind.
    /// </summary>
    public string Apply(string path)
    {
        foreach (var mapping in Mappings)
        {
            if (path.StartsWith(mapping.From, StringComparison.Ordinal))
            {
                var mapped = mapping.To + path.Substring(mapping.From.Length);
                return mapping.To.IndexOf('\\') >= 0 && mapping.To.IndexOf('/') < 0 ? mapped.Replace('/', '\\') : mapped;
            }
        }

        return path;
    }

    private static string WithTrailingSeparator(string path)
        => path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("\\", StringComparison.Ordinal) ? path : path + (path.IndexOf('\\') >= 0 && path.IndexOf('/') < 0 ? "\\" : "/");

    /// <summary>Splits on <paramref name="separator"/> where it stands alone; a doubled one stands for itself.</summary>
    private static System.Collections.Generic.List<string> Split(string value, char separator)
    {
        var parts = new System.Collections.Generic.List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != separator)
            {
                current.Append(value[i]);
            }
            else if (i + 1 < value.Length && value[i + 1] == separator)
            {
                current.Append(separator);
                i++;
            }
            else
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}
