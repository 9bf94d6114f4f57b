using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Generator.Common;

/// <summary>
/// The index of the article text file the build embeds: for each file, in the order of the text file, its length
/// and <see cref="ArticleTextForm.Fingerprint"/> hash and its full path. The build task writes it and the generator
/// reads it (this file is compiled into both); the generator points an article into the embedded text only when its
/// own fingerprint of the file's text matches, so a file edited since the build, or read differently, is compiled
/// into a literal instead.
/// </summary>
internal static class ArticleTextIndex
{
    private const string Header = "CorpusGen article text index 1";

    /// <summary>
    /// The order of the files: ordinal, by path with '/' separators, so that the same folders give the same order,
    /// and the same generated code, on every machine.
    /// </summary>
    public static string SortKey(string path) => path.Replace('\\', '/');

    public static string Write(IReadOnlyList<(string Path, byte[] Bytes)> texts)
    {
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var (path, bytes) in texts)
        {
            var (length, hash) = ArticleTextForm.Fingerprint(bytes);
            builder.Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(hash.ToString("x16", CultureInfo.InvariantCulture)).Append('\t')
                .Append(path).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The entries of an index, in order (each one's slot is its position); empty when the text is not an index.</summary>
    public static List<(string Path, int Length, ulong Hash)> Read(string text)
    {
        var entries = new List<(string, int, ulong)>();
        var lines = text.Split('\n');
        if (lines.Length == 0 || !string.Equals(lines[0].TrimEnd('\r'), Header, StringComparison.Ordinal))
        {
            return entries;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].TrimEnd('\r').Split(new[] { '\t' }, 3);
            if (fields.Length == 3
                && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && ulong.TryParse(fields[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
            {
                entries.Add((fields[2], length, hash));
            }
            else if (lines[i].Length > 0)
            {
                // A damaged index points nowhere: every article is then compiled into literals.
                entries.Clear();
                return entries;
            }
        }

        return entries;
    }
}
