using System;
using System.IO;
using CorpusGen.PackageTests;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Samples;

/// <summary>
/// The corpus in a class library of its own (samples/NewsLibrary) read by an app that references it (samples/NewsApp):
/// the app reads the library's public corpus, and rebuilding the app after a code edit leaves the library's assembly,
/// and so its corpus, as it was.
/// </summary>
public sealed class CorpusLibrarySampleTests : IDisposable
{
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "corpusgen-library-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AnAppReadsTheCorpusOfALibraryAndItsRebuildSkipsTheCorpus()
    {
        var root = TestPaths.RepositoryRoot;
        var app = Path.Combine(root, "samples", "NewsApp", "NewsApp.csproj");
        var program = Path.Combine(root, "samples", "NewsApp", "Program.cs");
        var library = Path.Combine(_artifacts, "bin", "NewsLibrary", "debug", "NewsLibrary.dll");
        var appAssembly = Path.Combine(_artifacts, "bin", "NewsApp", "debug", "NewsApp.dll");

        DotNet.Run(root, null, "build", app, "--artifacts-path", _artifacts);
        var output = DotNet.Run(root, null, appAssembly);
        Assert.Contains("5 articles", output, StringComparison.Ordinal);

        var libraryWritten = File.GetLastWriteTimeUtc(library);
        var appWritten = File.GetLastWriteTimeUtc(appAssembly);
        var programWritten = File.GetLastWriteTimeUtc(program);
        try
        {
            // A code edit in the app, as far as the build can tell: its source is newer than its assembly.
            File.SetLastWriteTimeUtc(program, DateTime.UtcNow);
            DotNet.Run(root, null, "build", app, "--artifacts-path", _artifacts);
        }
        finally
        {
            File.SetLastWriteTimeUtc(program, programWritten);
        }

        Assert.NotEqual(appWritten, File.GetLastWriteTimeUtc(appAssembly));
        Assert.Equal(libraryWritten, File.GetLastWriteTimeUtc(library));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file: the temp folder is cleaned by the system instead.
        }
    }
}
