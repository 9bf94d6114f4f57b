using System;
using System.Collections.Generic;

namespace CorpusGen.Generator.Common;

/// <summary>
/// Normalizes paths as text, with '/' separators and '.' and '..' resolved, so the same corpus gives
/// the same ids on every machine. Generators may not touch the file system, so nothing here does.
/// </summary>
internal static class PathNormalizer
{
    public static bool IsRooted(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.StartsWith("/", StringComparison.Ordinal)
            || (normalized.Length >= 2 && normalized[1] == ':' && IsAsciiLetter(normalized[0]));
    }

    /// <summary>Returns <paramref name="path"/> with '/' separators, no empty, '.' or '..' segments and no trailing separator.</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var root = GetRoot(unified);
        var segments = new List<string>();
        foreach (var segment in unified.Substring(root.Length).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || root.Length == 0)
            {
                segments.Add(segment);
            }
        }

        return root + string.Join("/", segments);
    }

    /// <summary>Resolves <paramref name="path"/> against <paramref name="baseDirectory"/> unless it is rooted.</summary>
    public static string Combine(string? baseDirectory, string path)
    {
        if (IsRooted(path) || string.IsNullOrEmpty(baseDirectory))
        {
            return Normalize(path);
        }

        return Normalize(baseDirectory + "/" + path);
    }

    /// <summary>
    /// True when <paramref name="path"/> lies below <paramref name="folderPrefix"/> (from <see cref="AsFolderPrefix"/>).
    /// Paths with a drive letter or a UNC root are Windows paths and compare ignoring case.
    /// </summary>
    public static bool IsInFolder(string path, string folderPrefix)
    {
        var windows = folderPrefix.StartsWith("//", StringComparison.Ordinal) || (folderPrefix.Length >= 2 && folderPrefix[1] == ':');
        return path.StartsWith(folderPrefix, windows ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The normalized folder path with a trailing '/', for prefix tests.</summary>
    public static string AsFolderPrefix(string folder)
    {
        var normalized = Normalize(folder);
        return normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }

    private static string GetRoot(string unified)
    {
        if (unified.StartsWith("//", StringComparison.Ordinal))
        {
            return "//";
        }

        if (unified.Length >= 2 && unified[1] == ':' && IsAsciiLetter(unified[0]))
        {
            return unified.Length >= 3 && unified[2] == '/' ? unified.Substring(0, 3) : unified.Substring(0, 2);
        }

        return unified.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
