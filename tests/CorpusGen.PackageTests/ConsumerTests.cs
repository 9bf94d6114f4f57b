using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CorpusGen.PackageTests;

/// <summary>
/// Fresh projects outside the repository, built with warnings as errors against the packed package:
/// what a newcomer following the README gets.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ConsumerTests
{
    private const string BridgeArticle = "Harbour bridge reopens after repairs\n\n\u201CWe are open again,\u201D said Mayor Ines Ortega.\n";
    private const string LibraryArticle = "Library extends weekend hours\n\nThe city library will open on Sundays from March.\n";

    private readonly PackageFeed _feed;

    public ConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void AConsoleAppPrintsTheHeadlinesOfItsSeeds()
    {
        var app = ConsumerProject.Create(_feed, "HeadlinesApp");
        app.AddCorpusGen();
        app.WriteFile("seeds/bridge.txt", BridgeArticle);
        app.WriteFile("seeds/library.txt", LibraryArticle);
        app.WriteFile("Program.cs", """
            foreach (var article in HeadlinesApp.Corpus.All)
            {
                System.Console.WriteLine(article.Headline);
            }

            var quote = HeadlinesApp.Corpus.Bridge.Quotes[0];
            System.Console.WriteLine(quote.Speaker + ": " + quote.Text);
            """);

        app.Build();
        var output = app.Run();

        Assert.Contains("Harbour bridge reopens after repairs\nLibrary extends weekend hours\n", output.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
        Assert.Contains("Ines Ortega: We are open again,", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ACorpusClassReadsItsOwnFolder()
    {
        var app = ConsumerProject.Create(_feed, "FixturesApp");
        app.AddCorpusGen();
        app.WriteFile("fixtures/bridge.txt", BridgeArticle);
        app.WriteFile("fixtures/library.txt", LibraryArticle);
        app.WriteFile("Fixtures.cs", """
            namespace FixturesApp;

            [CorpusGen.Corpus("fixtures")]
            public static partial class Fixtures
            {
            }
            """);
        app.WriteFile("Program.cs", """
            System.Console.WriteLine(FixturesApp.Fixtures.All.Count + " fixtures");
            System.Console.WriteLine(FixturesApp.Fixtures.Find("library")?.Headline);
            """);

        app.Build();
        var output = app.Run();

        Assert.Contains("2 fixtures", output, System.StringComparison.Ordinal);
        Assert.Contains("Library extends weekend hours", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ANet8AppBuildsAndRuns()
    {
        var app = ConsumerProject.Create(_feed, "Net8App", targetFramework: "net8.0");
        app.AddCorpusGen();
        app.WriteFile("seeds/bridge.txt", BridgeArticle);
        app.WriteFile("Program.cs", "System.Console.WriteLine(Net8App.Corpus.Bridge.Headline);\n");

        app.Build();
        // This machine has only the .NET 10 runtime: run the net8.0 build on it.
        var output = app.Run(new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });

        Assert.Contains("Harbour bridge reopens after repairs", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ANetStandardLibraryReadsTheUtf8ViewsAndAnAppRunsIt()
    {
        // The library compiles against the package's netstandard2.0 build (with System.Memory for the spans); the app
        // that runs it gets the net8.0 build: the views must mean the same on both.
        var library = ConsumerProject.Create(_feed, "ViewsLibrary", template: "classlib", targetFramework: "netstandard2.0");
        library.AddCorpusGen();
        library.WriteFile("seeds/bridge.txt", BridgeArticle);
        library.WriteFile("Class1.cs", """
            namespace ViewsLibrary
            {
                public static class Views
                {
                    public static int SpacesInTheFirstQuote()
                    {
                        var spaces = 0;
                        foreach (var value in Corpus.Bridge.Quotes[0].Utf8Text)
                        {
                            spaces += value == (byte)' ' ? 1 : 0;
                        }

                        return spaces;
                    }

                    public static string Headline() => System.Text.Encoding.UTF8.GetString(Corpus.Bridge.Utf8Headline.ToArray());
                }
            }
            """);

        var app = ConsumerProject.Create(_feed, "ViewsApp");
        app.AddProjectReference(library);
        app.WriteFile("Program.cs", "System.Console.WriteLine(ViewsLibrary.Views.Headline() + \" | \" + ViewsLibrary.Views.SpacesInTheFirstQuote());\n");

        app.Build("-p:LangVersion=12");
        var output = app.Run();

        Assert.Contains("Harbour bridge reopens after repairs | 3", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AConstantIdNoArticleHasAndAMisspelledSpeakerAreWarningsNamingThemAndARealIdIsNot()
    {
        var app = ConsumerProject.Create(_feed, "UsageApp");
        app.AddCorpusGen();
        foreach (var seed in System.IO.Directory.GetFiles(System.IO.Path.Combine(_feed.RepositoryRoot, "seeds"), "*.txt"))
        {
            app.WriteFile("seeds/" + System.IO.Path.GetFileName(seed), System.IO.File.ReadAllText(seed));
        }

        app.WriteFile("Program.cs", """
            System.Console.WriteLine(UsageApp.Corpus.Find("no-such-article") is null);
            System.Console.WriteLine(UsageApp.Corpus.QuotesBy("Vladmir Putin").Count);
            System.Console.WriteLine(UsageApp.Corpus.Find("000_33f8ad2be7147c48")?.Id);
            """);

        var output = app.BuildAllowingWarnings();

        // MSBuild repeats each warning in its summary: count each once.
        var warnings = output.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.Contains(": warning ", System.StringComparison.Ordinal))
            .Select(line => line.Substring(line.IndexOf(": warning ", System.StringComparison.Ordinal)).Trim())
            .Distinct(System.StringComparer.Ordinal)
            .ToList();
        Assert.Collection(
            warnings,
            unknownId => Assert.StartsWith(": warning CORPUS016: 'Corpus' has no article with id 'no-such-article'", unknownId, System.StringComparison.Ordinal),
            misspelled => Assert.StartsWith(": warning CORPUS017: 'Corpus' quotes no one named 'Vladmir Putin'; did you mean 'Vladimir Putin'?", misspelled, System.StringComparison.Ordinal));
    }

    [Fact]
    public void ALineDirectiveLeadsFromEachArticleToItsFileAndADeterministicBuildMapsItsPath()
    {
        var app = ConsumerProject.Create(_feed, "MappedApp");
        app.AddCorpusGen();
        app.WriteFile("seeds/bridge.txt", BridgeArticle);
        app.WriteFile("Program.cs", "System.Console.WriteLine(MappedApp.Corpus.Bridge.Headline);\n");
        // The folder is not a git checkout: name its source root, as a deterministic build outside source control must.
        app.WriteFile("Directory.Build.props", "<Project><ItemGroup><SourceRoot Include=\"$(MSBuildThisFileDirectory)\" /></ItemGroup></Project>\n");

        string[] LineDirectives()
        {
            var generated = System.IO.Directory.GetFiles(System.IO.Path.Combine(app.Directory, "obj"), "MappedApp.Corpus.g.cs", System.IO.SearchOption.AllDirectories);
            return System.IO.File.ReadAllLines(Assert.Single(generated)).Select(line => line.Trim()).Where(line => line.StartsWith("#line (", System.StringComparison.Ordinal)).ToArray();
        }

        app.Build("-p:EmitCompilerGeneratedFiles=true");
        var file = System.IO.Path.Combine(app.Directory, "seeds", "bridge.txt").Replace('\\', '/');
        Assert.Equal(["#line (1, 1) - (1, 36) 49 \"" + file + "\""], LineDirectives());

        // As CI builds: the SDK maps the project's folder to /_/ in every path the compiler writes, and CorpusGen's too.
        app.Build("-p:EmitCompilerGeneratedFiles=true", "-p:ContinuousIntegrationBuild=true");
        Assert.Equal(["#line (1, 1) - (1, 36) 49 \"/_/seeds/bridge.txt\""], LineDirectives());
    }

    [Fact]
    public void AProjectThatReferencesAConsumerGetsNoCorpusOfItsOwn()
    {
        var library = ConsumerProject.Create(_feed, "NewsLibrary", template: "classlib");
        library.AddCorpusGen();
        library.WriteFile("seeds/bridge.txt", BridgeArticle);
        library.WriteFile("Class1.cs", """
            namespace NewsLibrary;

            public static class Headlines
            {
                public static string First => Corpus.Bridge.Headline!;
            }
            """);

        var app = ConsumerProject.Create(_feed, "ReferencingApp");
        app.AddProjectReference(library);
        // The generator reaches the app through the reference, CorpusGen.props does not: the app must get no corpus
        // (and no CORPUS006, an error under -warnaserror), and its own class named Corpus must stay its own.
        app.WriteFile("Corpus.cs", "namespace ReferencingApp;\n\ninternal static class Corpus\n{\n    public const string Name = \"mine\";\n}\n");
        app.WriteFile("Program.cs", "System.Console.WriteLine(NewsLibrary.Headlines.First + \" / \" + ReferencingApp.Corpus.Name);\n");

        app.Build();
        var output = app.Run();

        Assert.Contains("Harbour bridge reopens after repairs / mine", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ACompilerOlderThanTheGeneratorSupportsIsAWarning()
    {
        var app = ConsumerProject.Create(_feed, "OldCompilerApp");
        app.AddCorpusGen();
        app.WriteFile("seeds/bridge.txt", BridgeArticle);

        // The .NET 6 SDK's compiler reports roslyn4.0; the real one would not load the generator at all.
        var output = app.BuildAllowingWarnings("-p:CompilerApiVersion=roslyn4.0");
        Assert.Contains("warning CORPUS100", output, System.StringComparison.Ordinal);
        Assert.Contains("'roslyn4.0'", output, System.StringComparison.Ordinal);

        Assert.DoesNotContain("CORPUS100", app.Build(), System.StringComparison.Ordinal);
    }
}
