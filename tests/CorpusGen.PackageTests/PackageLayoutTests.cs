using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Xml.Linq;
using Xunit;

namespace CorpusGen.PackageTests;

/// <summary>What <c>dotnet pack -c Release -o artifacts</c> at the repository root produces.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFeed _feed;

    public PackageLayoutTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void PackingTheRepositoryGivesOnePackageNamedCorpusGen()
        => Assert.Equal(new[] { "CorpusGen." + Version + ".nupkg" }, _feed.Packages);

    [Fact]
    public void ThePackageHoldsTheLibraryTheGeneratorAndCodeFixesAsAnalyzersTheBuildFilesAndTheirTask()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var entries = package.Entries.Select(entry => entry.FullName).Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml").OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "CorpusGen.nuspec",
                "LICENSE",
                "README.md",
                "analyzers/dotnet/cs/CorpusGen.CodeFixes.dll",
                "analyzers/dotnet/cs/CorpusGen.Generator.dll",
                "build/CorpusGen.props",
                "build/CorpusGen.targets",
                "lib/net8.0/CorpusGen.dll",
                "lib/net8.0/CorpusGen.xml",
                "lib/netstandard2.0/CorpusGen.dll",
                "lib/netstandard2.0/CorpusGen.xml",
                "tasks/netstandard2.0/CorpusGen.Tasks.dll",
            },
            entries);
    }

    [Fact]
    public void TheNuspecDescribesThePackageAndDependsOnlyOnSystemMemoryBeforeNet8()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var stream = package.GetEntry("CorpusGen.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(element => element.Name.LocalName == name).Value;

        Assert.Equal("CorpusGen", Value("id"));
        Assert.Equal(Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("source-generator", Value("tags"), StringComparison.Ordinal);
        Assert.NotEmpty(Value("description"));
        Assert.Equal("https://github.com/corpusgen/corpusgen", Value("projectUrl"));
        Assert.Equal("CorpusGen contributors", Value("authors"));
        Assert.StartsWith("https://", metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")!.Value, StringComparison.Ordinal);
        // The generator and Roslyn are build-time only. The library's UTF-8 views need System.Memory on
        // netstandard2.0 alone; on .NET 8 and later consumers depend on nothing.
        var groups = metadata.Descendants().Where(element => element.Name.LocalName == "group")
            .ToDictionary(
                group => group.Attribute("targetFramework")!.Value,
                group => group.Elements().Select(dependency => dependency.Attribute("id")!.Value + " " + dependency.Attribute("version")!.Value).ToArray(),
                StringComparer.Ordinal);
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal(new[] { "System.Memory 4.6.3" }, groups[".NETStandard2.0"]);
        Assert.Empty(groups["net8.0"]);
    }

    [Fact]
    public void ThePackagesReadmeIsItsOwnAndEveryLinkIsAbsoluteAndLeadsToAFileOrHeadingOfTheRepository()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        Assert.Equal(File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "src", "CorpusGen", "PackageReadme.md")), readme);
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        const string RepositoryFiles = "https://github.com/corpusgen/corpusgen/blob/main/";
        foreach (var link in links)
        {
            // A gallery shows the README away from the repository: a relative link there leads nowhere.
            Assert.StartsWith(RepositoryFiles, link, StringComparison.Ordinal);
            var target = link.Substring(RepositoryFiles.Length).Split('#');
            var file = Path.Combine(_feed.RepositoryRoot, target[0]);
            Assert.True(File.Exists(file), $"{link} names no file of the repository");
            if (target.Length > 1)
            {
                var headings = File.ReadLines(file).Where(line => line.StartsWith('#'))
                    .Select(line => System.Text.RegularExpressions.Regex.Replace(line.TrimStart('#').Trim().ToLowerInvariant(), @"[^a-z0-9 \-]", string.Empty).Replace(' ', '-'));
                Assert.Contains(target[1], headings);
            }
        }
    }

    [Fact]
    public void PackingTheSameCommitInAnotherCheckoutGivesTheSameBytes()
    {
        // A second checkout of the commit, in another folder, built and packed from scratch. (Uncommitted
        // changes to src/ in the first checkout would differ from it, and fail this test.)
        var checkout = Path.Combine(_feed.Root, "second-checkout");
        Git(_feed.RepositoryRoot, "clone", "--quiet", "--no-hardlinks", _feed.RepositoryRoot, checkout);
        var again = Path.Combine(_feed.Root, "again");
        DotNet.Run(checkout, null, "pack", "src/CorpusGen/CorpusGen.csproj", "-c", "Release", "-o", again);

        Assert.Equal(Hash(_feed.PackagePath), Hash(Path.Combine(again, "CorpusGen." + Version + ".nupkg")));
    }

    private static void Git(string workingDirectory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "git " + string.Join(" ", arguments) + " failed: " + errors);
    }

    private static string Version => typeof(PackageLayoutTests).Assembly.GetName().Version!.ToString(3);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
