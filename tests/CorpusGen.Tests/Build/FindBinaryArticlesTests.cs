using System;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Tasks;
using Microsoft.Build.Utilities;
using Xunit;

namespace CorpusGen.Tests.Build;

/// <summary>
/// The MSBuild task finds exactly the files the compiler would refuse as binary (CS2015), so that CorpusGen.targets
/// can mark them and the generator never asks for their text.
/// </summary>
public sealed class FindBinaryArticlesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpusgen-binary-" + Guid.NewGuid().ToString("N"));

    public FindBinaryArticlesTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string, byte[], bool> Files => new()
    {
        { "a JPEG saved as .txt", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01 }, true },
        { "Latin-1 text with a NUL pair", Concat(Encoding.Latin1.GetBytes("Caf\u00E9 "), new byte[] { 0, 0 }), true },
        { "UTF-8 text", Encoding.UTF8.GetBytes("Vote delayed\n\n\u201CNot yet,\u201D she said.\n"), false },
        { "Latin-1 text with no NUL", Encoding.Latin1.GetBytes("Caf\u00E9 closes\n\nIt closed.\n"), false },
        { "valid UTF-8 with NUL runs", Encoding.UTF8.GetBytes("PK\u0003\u0004\0\0\0word/document.xml"), false },
        { "UTF-16 with a byte order mark", Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes("Little endian\n")), false },
        { "UTF-8 with a byte order mark and bad bytes", Concat(new byte[] { 0xEF, 0xBB, 0xBF, 0xC0, 0, 0 }), false },
        { "empty", Array.Empty<byte>(), false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void OnlyWhatTheCompilerRefusesIsBinary(string description, byte[] bytes, bool binary)
    {
        var path = Path.Combine(_folder, "article.txt");
        File.WriteAllBytes(path, bytes);
        var task = new FindBinaryArticles { Files = new[] { new TaskItem(path) } };

        Assert.True(task.Execute(), description);
        Assert.Equal(binary ? new[] { path } : Array.Empty<string>(), task.BinaryFiles.Select(item => item.ItemSpec));
        Assert.Equal(binary, CompilerRefusesAsBinary(bytes));
    }

    [Fact]
    public void AFileThatCannotBeReadIsLeftToTheGenerator()
    {
        var task = new FindBinaryArticles { Files = new[] { new TaskItem(Path.Combine(_folder, "missing.txt")) } };

        Assert.True(task.Execute());
        Assert.Empty(task.BinaryFiles);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>What the compiler's own decoder for source and additional files does with the bytes (internal, so reached by reflection).</summary>
    private static bool CompilerRefusesAsBinary(byte[] bytes)
    {
        var create = typeof(Microsoft.CodeAnalysis.Text.SourceText).Assembly
            .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
            .GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Single(method => method.Name == "Create" && method.GetParameters().Length == 4);
        try
        {
            using var stream = new MemoryStream(bytes);
            create.Invoke(null, new object?[] { stream, null, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha1, false });
            return false;
        }
        catch (System.Reflection.TargetInvocationException exception) when (exception.InnerException is InvalidDataException)
        {
            return true;
        }
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
