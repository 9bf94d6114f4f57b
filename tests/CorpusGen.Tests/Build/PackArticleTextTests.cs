using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Generator.Pipeline;
using CorpusGen.Tasks;
using CorpusGen.Tests.Infrastructure;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Build;

/// <summary>
/// The build task that writes the articles' text for the assembly: every file it embeds is exactly the text the
/// compiler gives the generator, in one form whatever the checkout's line endings, and an unchanged corpus leaves
/// its files untouched so that the compile stays up to date.
/// </summary>
public sealed class PackArticleTextTests : IDisposable
{
    private const string Article = "Ferry Strike Ends\n\nCrews returned to work on Sunday.\n\n\u201CWe are pleased,\u201D said union rep Siân Ó Briain. \U0001F6A2\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpusgen-pack-" + Guid.NewGuid().ToString("N"));

    public PackArticleTextTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string, byte[], bool> Files => new()
    {
        { "LF", Encoding.UTF8.GetBytes(Article), true },
        { "CRLF", Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal)), true },
        { "CR", Encoding.UTF8.GetBytes(Article.Replace("\n", "\r", StringComparison.Ordinal)), true },
        { "a UTF-8 byte order mark and CRLF", Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal))), true },
        { "Latin-1, which the compiler reads with its fallback encoding", Encoding.Latin1.GetBytes("Caf\u00E9 closes\n\nIt closed.\n"), false },
        { "UTF-16 with a byte order mark", Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(Article)), false },
        { "empty", Array.Empty<byte>(), true },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFileItEmbedsIsTheTextTheCompilerGivesTheGenerator(string description, byte[] bytes, bool embedded)
    {
        var path = Write("article.txt", bytes);
        var (text, index) = Run(path);

        var compilerText = CompilerText(bytes);
        var fileText = ArticleFileTextLocator.Locate(compilerText, ArticleParser.Parse(compilerText), CancellationToken.None);
        var entry = EmbeddedTextIndexReader.Read(new InMemoryAdditionalText(_folder + "/obj/index", index), CancellationToken.None)
            .Find(CorpusGen.Generator.Common.PathNormalizer.Normalize(path), fileText);
        Assert.True(embedded == entry is not null, description);
        if (embedded)
        {
            var stored = text.AsSpan(text.Length - entry!.Length).ToArray();
            Assert.Equal(compilerText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), Encoding.UTF8.GetString(stored));
            Assert.False(stored.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), description);
        }
    }

    [Fact]
    public void LineEndingsAndAByteOrderMarkGiveTheSameText()
    {
        var lf = Run(Write("lf/a.txt", Encoding.UTF8.GetBytes(Article))).Text;
        var crlf = Run(Write("crlf/a.txt", Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal))))).Text;
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void FilesAreStoredInOrdinalOrderOfPathWhateverTheOrderOfItems()
    {
        var paths = new[] { "b.txt", "a.txt", "a-b.txt", "a/b.txt" }.Select(name => Write(name, Encoding.UTF8.GetBytes(name + "\n"))).ToArray();
        var forward = Run(paths);
        var backward = Run(paths.Reverse().ToArray());

        Assert.Equal(forward.Text, backward.Text);
        Assert.Equal(forward.Index, backward.Index);
        Assert.Equal(new[] { "a-b.txt", "a.txt", "a/b.txt", "b.txt" }, forward.Index.Split('\n').Skip(1).Where(line => line.Length > 0).Select(line => Path.GetRelativePath(_folder, line.Split('\t')[2]).Replace('\\', '/')));
    }

    [Fact]
    public void AnUnchangedCorpusLeavesBothFilesUntouched()
    {
        var path = Write("a.txt", Encoding.UTF8.GetBytes(Article));
        var task = Task(path);
        Assert.True(task.Execute());
        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(task.TextFile, longAgo);
        File.SetLastWriteTimeUtc(task.IndexFile, longAgo);

        Assert.True(Task(path).Execute());
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(task.TextFile));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(task.IndexFile));

        File.WriteAllText(path, Article + "\nOne more paragraph.\n");
        Assert.True(Task(path).Execute());
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(task.TextFile));
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(task.IndexFile));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The text the compiler decodes from a file's bytes, as it passes additional files to generators.</summary>
    private static string CompilerText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream, encoding: null, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false).ToString();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private PackArticleText Task(params string[] paths) => new()
    {
        Files = paths.Select(path => new TaskItem(path)).ToArray(),
        TextFile = Path.Combine(_folder, "obj", "CorpusGen.ArticleText.bin"),
        IndexFile = Path.Combine(_folder, "obj", "CorpusGen.ArticleText.index"),
    };

    private (byte[] Text, string Index) Run(params string[] paths)
    {
        var task = Task(paths);
        if (File.Exists(task.TextFile))
        {
            File.Delete(task.TextFile);
        }

        Assert.True(task.Execute());
        return (File.ReadAllBytes(task.TextFile), File.ReadAllText(task.IndexFile));
    }
}
