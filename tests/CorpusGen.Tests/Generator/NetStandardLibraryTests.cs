using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// Generated code run on the run-time library's netstandard2.0 build (the one .NET Framework and netstandard
/// consumers get) gives the same text and UTF-8 views as on its net8.0 build, which every other test runs.
/// </summary>
public sealed class NetStandardLibraryTests
{
    // Reads every text and view of the corpus into arrays, so that no span crosses the reflection boundary.
    private const string Probe = """
        public static class Probe
        {
            public static string[] Texts()
                => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.SelectMany(TestProject.Corpus.All, article =>
                    System.Linq.Enumerable.Concat(
                        new[] { article.Headline ?? "", article.Byline ?? "" },
                        System.Linq.Enumerable.Concat(
                            System.Linq.Enumerable.Select(article.Paragraphs, paragraph => paragraph.Text),
                            System.Linq.Enumerable.SelectMany(article.Quotes, quote => new[] { quote.Text, quote.Speaker ?? "" })))));

            public static byte[][] Views()
                => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.SelectMany(TestProject.Corpus.All, article =>
                    System.Linq.Enumerable.Concat(
                        new[] { article.Utf8Headline.ToArray(), article.Utf8Byline.ToArray() },
                        System.Linq.Enumerable.Concat(
                            System.Linq.Enumerable.Select(article.Paragraphs, paragraph => paragraph.Utf8Text.ToArray()),
                            System.Linq.Enumerable.SelectMany(article.Quotes, quote => new[] { quote.Utf8Text.ToArray(), quote.Utf8Speaker.ToArray() })))));
        }
        """;

    [Fact]
    public void TheNetStandardBuildReadsTheSameTextAndViewsAsTheNet8Build()
    {
        var texts = GeneratorHarness.Seeds()
            .Append(GeneratorHarness.Article("seeds/zz-views.txt", "Zoë's Café Wins 🎉 Award\n\n“Ça va,” said owner Zoë Brandt.\n\n\"We worked late.\n\n\"Nobody minded,\" Brandt said.\n"))
            .ToList();
        var build = EmbeddedTextBuild.Of(texts);
        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(texts.Append(build.IndexText), build.Options()), GeneratorHarness.Compilation(sources: Probe));
        Assert.Empty(outcome.CompilationProblems);

        var net8 = Run(outcome.Output, build, library: null);
        var netStandard = Run(outcome.Output, build, NetStandardLibraryPath());

        Assert.Equal("netstandard2.0", netStandard.Framework);
        Assert.NotEqual(netStandard.Framework, net8.Framework);
        Assert.Equal(net8.Texts, netStandard.Texts);
        Assert.Equal(netStandard.Texts.Select(text => Encoding.UTF8.GetBytes(text)), netStandard.Views);
        Assert.Contains("Zoë Brandt", netStandard.Texts);
    }

    private static (string Framework, string[] Texts, byte[][] Views) Run(Compilation compilation, EmbeddedTextBuild build, string? library)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, manifestResources: build.Resources);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;

        var context = new LibraryContext(library);
        var probe = context.LoadFromStream(stream).GetType("Probe", throwOnError: true)!;
        var texts = (string[])probe.GetMethod("Texts")!.Invoke(null, null)!;
        var views = (byte[][])probe.GetMethod("Views")!.Invoke(null, null)!;
        var loaded = context.Assemblies.Concat(AssemblyLoadContext.Default.Assemblies).First(assembly => assembly.GetName().Name == "CorpusGen");
        var framework = loaded.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName.StartsWith(".NETStandard", StringComparison.Ordinal) ? "netstandard2.0" : "net8.0";
        return (framework, texts, views);
    }

    private static string NetStandardLibraryPath()
    {
        var path = typeof(NetStandardLibraryTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CorpusGenNetStandardLibrary").Value!;
        Assert.True(File.Exists(path), "The netstandard2.0 build of the library is missing: " + path);
        return path;
    }

    /// <summary>Loads the corpus with the library's netstandard2.0 build when given one; else with the tests' own.</summary>
    private sealed class LibraryContext(string? library) : AssemblyLoadContext("netstandard-" + Guid.NewGuid().ToString("N"), isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
            => library is not null && assemblyName.Name == "CorpusGen" ? LoadFromAssemblyPath(library) : null;
    }
}
