using System.Collections.Generic;
using System.IO;

namespace CorpusGen.PackageTests;

/// <summary>
/// A fresh project outside the repository, made with <c>dotnet new</c> and given the CorpusGen package
/// from the test feed with <c>dotnet add package</c>, the way a newcomer starts.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly PackageFeed _feed;

    private ConsumerProject(PackageFeed feed, string directory, string name)
    {
        _feed = feed;
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public static ConsumerProject Create(PackageFeed feed, string name, string template = "console", string? targetFramework = null)
    {
        WriteNuGetConfig(feed);
        var directory = Path.Combine(feed.Root, name);
        var project = new ConsumerProject(feed, directory, name);
        DotNet.Run(feed.Root, project.Environment, "new", template, "-n", name, "-o", directory);
        if (targetFramework is not null)
        {
            var projectFile = Path.Combine(directory, name + ".csproj");
            var content = File.ReadAllText(projectFile);
            var retargeted = System.Text.RegularExpressions.Regex.Replace(content, "<TargetFramework>[^<]*</TargetFramework>", "<TargetFramework>" + targetFramework + "</TargetFramework>");
            if (!retargeted.Contains("<TargetFramework>" + targetFramework + "</TargetFramework>", System.StringComparison.Ordinal))
            {
                throw new System.InvalidOperationException("The template's project file has no <TargetFramework> to change:\n" + content);
            }

            File.WriteAllText(projectFile, retargeted);
        }

        return project;
    }

    public Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = _feed.PackagesFolder };

    public void AddCorpusGen() => DotNet.Run(Directory, Environment, "add", "package", "CorpusGen", "--version", PackageVersion);

    public void AddProjectReference(ConsumerProject other) => DotNet.Run(Directory, Environment, "add", "reference", Path.Combine(other.Directory, other.Name + ".csproj"));

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Builds with every warning an error, as a strict CI does; returns the build's output.</summary>
    public string Build(params string[] properties) => DotNet.Run(Directory, Environment, ["build", "-c", "Release", "-warnaserror", .. properties]);

    /// <summary>Builds expecting the build to fail; returns the build's output.</summary>
    public string BuildFailing(params string[] arguments)
    {
        var (exitCode, output) = DotNet.RunAllowingFailure(Directory, Environment, ["build", "-c", "Release", .. arguments]);
        if (exitCode == 0)
        {
            throw new Xunit.Sdk.XunitException("The build was expected to fail, and succeeded:\n" + output);
        }

        return output;
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Builds letting warnings be warnings; returns the build's output.</summary>
    public string BuildAllowingWarnings(params string[] properties) => DotNet.Run(Directory, Environment, ["build", "-c", "Release", .. properties]);

    public string Run(IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = Environment;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        return DotNet.Run(Directory, variables, "run", "-c", "Release", "--no-build");
    }

    private static string PackageVersion => typeof(ConsumerProject).Assembly.GetName().Version!.ToString(3);

    private static void WriteNuGetConfig(PackageFeed feed)
    {
        var config = Path.Combine(feed.Root, "nuget.config");
        if (!File.Exists(config))
        {
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="corpusgen-test-feed" value="{feed.Folder}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
        }
    }
}
