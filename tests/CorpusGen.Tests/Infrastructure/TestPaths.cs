using System;
using System.IO;
using System.Linq;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Where the tests find the seeds copied next to them.</summary>
internal static class TestPaths
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string[] SeedFiles => Directory.GetFiles(SeedsFolder, "*.txt").OrderBy(path => path, StringComparer.Ordinal).ToArray();

    public static string ReadSeed(string fileName) => File.ReadAllText(Path.Combine(SeedsFolder, fileName));
}
