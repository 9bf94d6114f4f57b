using System;
using System.IO;
using System.Linq;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Where the tests find the seeds copied next to them, and the repository they were built from.</summary>
internal static class TestPaths
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string[] SeedFiles => Directory.GetFiles(SeedsFolder, "*.txt").OrderBy(path => path, StringComparer.Ordinal).ToArray();

    public static string ReadSeed(string fileName) => File.ReadAllText(Path.Combine(SeedsFolder, fileName));

    /// <summary>The checkout this test assembly was built from: the folder above it that holds CorpusGen.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CorpusGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CorpusGen.sln not found above " + AppContext.BaseDirectory);
    }
}
