using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Common;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CorpusGen.Tasks;

/// <summary>
/// Writes the articles' text in one file that the build embeds as a manifest resource, so the text reaches the
/// assembly without the compiler lexing it, and an index the generator reads to point into it. Each file is stored
/// in <see cref="ArticleTextForm"/> (LF, UTF-8, no byte order mark); a file that is not UTF-8 is left out, and the
/// generator then compiles its text into a literal as before. Both files are rewritten only when their content
/// changes, so an unchanged corpus leaves the compile up to date.
/// </summary>
public sealed class PackArticleText : Task
{
    /// <summary>The article files.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where to write the text (the <see cref="ArticleTextFile"/> format).</summary>
    [Required]
    public string TextFile { get; set; } = string.Empty;

    /// <summary>Where to write the index (the <see cref="ArticleTextIndex"/> format).</summary>
    [Required]
    public string IndexFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var paths = Files.Select(file => file.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal);
        var (text, index) = Pack(paths.Select(path => (path, Read(path))));
        var indexBytes = Encoding.UTF8.GetBytes(index);

        // The text first and the index last, each whole or not at all: an index that is on disk always describes the
        // text beside it, even when a build stops between the two.
        if (!SameContent(IndexFile, indexBytes) || !File.Exists(TextFile))
        {
            Replace(TextFile, text());
            Replace(IndexFile, indexBytes);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// The text file and index for files given as their bytes on disk (null for a file that cannot be read). The
    /// text file is written only when asked for: an unchanged index means an unchanged text file.
    /// </summary>
    internal static (Func<byte[]> Text, string Index) Pack(IEnumerable<(string Path, byte[]? Bytes)> files)
    {
        var stored = new List<(string Path, byte[] Bytes)>();
        foreach (var (path, bytes) in files.OrderBy(file => ArticleTextIndex.SortKey(file.Path), StringComparer.Ordinal))
        {
            if (bytes is not null && ArticleTextFile.Normalize(bytes) is { } normalized)
            {
                stored.Add((path, normalized));
            }
        }

        return (() => ArticleTextFile.Write(stored.Select(file => file.Bytes).ToList()), ArticleTextIndex.Write(stored));
    }

    /// <summary>The file's bytes, or null when it cannot be read (the generator reports that).</summary>
    private static byte[]? Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool SameContent(string path, byte[] content)
        => File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).SequenceEqual(content);

    /// <summary>Writes a file through a temporary file beside it, so that a reader never sees it half-written.</summary>
    private static void Replace(string path, byte[] content)
    {
        if (SameContent(path, content))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, content);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temporary, path);
    }
}
