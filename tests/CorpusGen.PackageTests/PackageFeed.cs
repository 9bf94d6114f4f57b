using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CorpusGen.PackageTests;

/// <summary>
/// Runs the README's pack command on the repository, once for all the tests, into a folder used as a
/// package feed. Consumers restore into a packages folder of their own, so a package left in the user's
/// cache by an earlier run is never what they test.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpusgen-package-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Folder);
        RepositoryRoot = FindRepositoryRoot();
        PackOutput = DotNet.Run(RepositoryRoot, null, "pack", "-c", "Release", "-o", Folder);
        Packages = Directory.GetFiles(Folder).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray()!;
    }

    public string Root { get; }

    public string Folder { get; }

    public string PackagesFolder { get; }

    public string RepositoryRoot { get; }

    public string PackOutput { get; }

    public string[] Packages { get; }

    public string PackagePath => Path.Combine(Folder, Assert.Single(Packages));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A process that still holds a file: the temp folder is cleaned by the system instead.
        }
    }

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

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package feed";
}
