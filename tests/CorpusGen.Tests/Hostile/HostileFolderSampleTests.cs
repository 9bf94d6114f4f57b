using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CorpusGen.PackageTests;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// The samples read any folder: every hostile file written out to disk, compiled into samples/CorpusReader and
/// samples/OfflineSite with the repository's TreatWarningsAsErrors and no switch but the folder. They build, every
/// command runs, and every text article is there, both of two names that differ only in case included.
/// </summary>
public sealed class HostileFolderSampleTests : IClassFixture<HostileFolderSampleTests.BuiltSamples>
{
    private readonly BuiltSamples _samples;

    public HostileFolderSampleTests(BuiltSamples samples) => _samples = samples;

    [Fact]
    public void TheBuildReportsTextProblemsAsWarningsAndNoError()
    {
        Assert.Contains("warning CORPUS003", _samples.BuildOutput, StringComparison.Ordinal);
        Assert.Contains("warning CORPUS011", _samples.BuildOutput, StringComparison.Ordinal);
        Assert.Contains("warning CORPUS012", _samples.BuildOutput, StringComparison.Ordinal);
        Assert.Contains("warning CORPUS014", _samples.BuildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(": error", _samples.BuildOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadersJsonListsEveryTextArticle()
    {
        using var json = JsonDocument.Parse(_samples.Reader("--json"));
        var ids = json.RootElement.GetProperty("articles").EnumerateArray().Select(article => article.GetProperty("id").GetString()).ToArray();

        Assert.Equal(ExpectedIds().OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Contains("X", ids);
        Assert.Contains("x", ids);
    }

    [Fact]
    public void TheReadersJsonWritesAQuoteOverTwoParagraphsAsOneEntryEach()
    {
        using var json = JsonDocument.Parse(_samples.Reader("--json"));
        var companion = json.RootElement.GetProperty("articles").EnumerateArray().Single(article => article.GetProperty("id").GetString() == "companion");
        var entries = companion.GetProperty("quotes").EnumerateArray()
            .Select(quote => (quote.GetProperty("text").GetString(), quote.GetProperty("speaker").GetString(), quote.GetProperty("paragraph").GetInt32()))
            .ToArray();

        Assert.Equal(new (string?, string?, int)[] { ("We tried.", "Ana Ruiz", 0), ("We will try again,", "Ana Ruiz", 1) }, entries);
    }

    [Theory]
    [InlineData("show", "X")]
    [InlineData("show", "five-megabyte-line")]
    [InlineData("quotes", "--speaker", "Ana Ruiz")]
    [InlineData("speakers")]
    public void EveryReaderCommandRuns(params string[] arguments)
        => Assert.NotEmpty(_samples.Reader(arguments));

    [Fact]
    public void TheArticlesTextIsEmbeddedAsOneResourceTheCompilerNeverLexed()
    {
        using var stream = File.OpenRead(_samples.Assembly("CorpusReader"));
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var names = metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name));

        Assert.Equal(new[] { "CorpusGen.ArticleText" }, names);
        Assert.Contains("Companion article stays\n\n\u201CWe tried.", File.ReadAllText(_samples.ArticleTextFile("CorpusReader")), StringComparison.Ordinal);

        // The generator got the index through the build and pointed into the resource: the text is in the assembly once.
        var assembly = File.ReadAllBytes(_samples.Assembly("CorpusReader"));
        var headline = "Companion article stays"u8.ToArray();
        Assert.Equal(1, Enumerable.Range(0, assembly.Length - headline.Length + 1).Count(at => assembly.AsSpan(at, headline.Length).SequenceEqual(headline)));
    }

    [Fact]
    public void WhichFilesAreArticlesReachesTheCompilerAsOneListNotAsASectionPerFile()
    {
        var editorConfig = File.ReadAllLines(_samples.IntermediateFile("CorpusReader", "CorpusReader.GeneratedMSBuildEditorConfig.editorconfig"));
        var list = File.ReadAllLines(_samples.IntermediateFile("CorpusReader", "CorpusGen.Articles.list"));

        Assert.DoesNotContain(editorConfig, line => line.StartsWith('['));
        Assert.Contains(editorConfig, line => line.StartsWith("build_property.CorpusGenArticleList = ", StringComparison.Ordinal));
        Assert.Equal("CorpusGen article list 1", list[0]);
        Assert.Contains(list, line => line.StartsWith("binary\t", StringComparison.Ordinal));
        Assert.True(list.Count(line => line.StartsWith("true\t", StringComparison.Ordinal)) >= ExpectedIds().Count());
    }

    [Fact]
    public void TheReaderListsTheArticles()
        => Assert.Contains("twenty-thousand-paragraphs", _samples.Reader(), StringComparison.Ordinal);

    [Fact]
    public void TheOfflineSiteWritesEveryTextArticle()
    {
        var page = Path.Combine(_samples.Folder, "corpus.html");
        var output = _samples.Run("OfflineSite", page);

        Assert.Contains($"Wrote {ExpectedIds().Count()} articles", output, StringComparison.Ordinal);
        Assert.Contains("Companion article stays", File.ReadAllText(page), StringComparison.Ordinal);
    }

    /// <summary>Every .txt file of the hostile cases but the binary ones, which are left out with CORPUS011 or CORPUS005.</summary>
    private static IEnumerable<string> ExpectedIds()
        => HostileCorpus.All
            .Where(hostile => !hostile.Diagnostics.Any(diagnostic => diagnostic.StartsWith("CORPUS011", StringComparison.Ordinal) || diagnostic.StartsWith("CORPUS005", StringComparison.Ordinal)))
            .SelectMany(hostile => hostile.Files)
            .Select(file => file.Path)
            .Where(path => path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(path => path.Substring("seeds/".Length, path.Length - "seeds/".Length - ".txt".Length))
            .Append("companion");

    /// <summary>The hostile folder on disk and both samples built over it, once for the class, into a folder of their own.</summary>
    public sealed class BuiltSamples : IDisposable
    {
        private readonly string _artifacts;

        public BuiltSamples()
        {
            Folder = Path.Combine(Path.GetTempPath(), "corpusgen-hostile-folder-" + Guid.NewGuid().ToString("N"));
            _artifacts = Path.Combine(Folder, "artifacts");
            var corpus = Path.Combine(Folder, "corpus");
            foreach (var (path, bytes) in HostileCorpus.All.SelectMany(hostile => hostile.Files).Append(("seeds/companion.txt", "Companion article stays\n\n\u201CWe tried.\n\n\u201CWe will try again,\u201D said Ana Ruiz.\n"u8.ToArray())))
            {
                var target = Path.Combine(corpus, path.Substring("seeds/".Length));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            var root = TestPaths.RepositoryRoot;
            BuildOutput = string.Concat(new[] { "CorpusReader", "OfflineSite" }.Select(sample => DotNet.Run(
                root,
                null,
                "build",
                Path.Combine(root, "samples", sample, sample + ".csproj"),
                "--artifacts-path",
                _artifacts,
                "-p:CorpusGenFolder=" + corpus)));
        }

        public string Folder { get; }

        public string BuildOutput { get; }

        public string Reader(params string[] arguments) => Run("CorpusReader", arguments);

        public string Assembly(string sample) => Path.Combine(_artifacts, "bin", sample, "debug", sample + ".dll");

        public string ArticleTextFile(string sample) => IntermediateFile(sample, "CorpusGen.ArticleText.bin");

        public string IntermediateFile(string sample, string name) => Path.Combine(_artifacts, "obj", sample, "debug", name);

        public string Run(string sample, params string[] arguments)
            => DotNet.Run(Folder, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, [Assembly(sample), .. arguments]);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A process still holding a file: the temp folder is cleaned by the system instead.
            }
        }
    }
}
