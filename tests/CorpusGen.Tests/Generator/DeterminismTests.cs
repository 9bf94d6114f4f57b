using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The same corpus gives byte-identical generated sources: run after run, in any order of additional
/// files, from an LF, CRLF or CR checkout, and with Windows or Unix paths. The corpus spans three shards.
/// These compare runs in one process; across processes and machines, the committed snapshots of
/// <see cref="GeneratedSourceSnapshotTests"/> are the reference.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly (string RelativePath, string Text)[] Corpus = CreateCorpus();

    // The sources of the corpus as written (LF, Unix paths, file-name order), computed once and checked to compile.
    private static readonly Lazy<List<(string HintName, string Sha)>> Reference = new(() =>
    {
        var outcome = GeneratorHarness.Run(Texts(Corpus));
        Assert.Empty(outcome.CompilationProblems);
        return Hashes(outcome);
    });

    [Fact]
    public void TwoRunsGiveByteIdenticalSources()
        => Assert.Equal(Reference.Value, Sources(Texts(Corpus)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AnyOrderOfAdditionalFilesGivesTheSameSources(int seed)
    {
        var random = new Random(seed);
        var shuffled = Corpus.OrderBy(_ => random.Next()).ToArray();
        Assert.Equal(Reference.Value, Sources(Texts(shuffled)));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LineEndingsOfTheCheckoutDoNotChangeTheSources(string lineEnding)
    {
        var converted = Corpus.Select(article => (article.RelativePath, article.Text.Replace("\n", lineEnding, StringComparison.Ordinal))).ToArray();
        Assert.NotEqual(Corpus[0].Text, converted[0].Item2);
        Assert.Equal(Reference.Value, Sources(Texts(converted)));
    }

    [Fact]
    public void WindowsPathsGiveTheSameSourcesAsUnixPathsUnderTheSamePathMap()
    {
        // The #line directives name each article's file: a deterministic build maps both checkouts to one root.
        var unixOptions = GeneratorHarness.DefaultOptions();
        unixOptions["build_property.CorpusGenPathMap"] = System.Uri.EscapeDataString("/project/=/_/");
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenProjectDirectory"] = "C:\\work\\project";
        options["build_property.CorpusGenPathMap"] = System.Uri.EscapeDataString("C:\\work\\project\\=/_/");
        var windows = Corpus.Select(article => (AdditionalText)new InMemoryAdditionalText(
            "C:\\work\\project\\" + article.RelativePath.Replace('/', '\\'), article.Text));
        Assert.Equal(Sources(Texts(Corpus), unixOptions), Sources(windows, options));
    }

    [Fact]
    public void WithoutAPathMapOnlyTheLineDirectivesDifferBetweenCheckouts()
    {
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenProjectDirectory"] = "/elsewhere/checkout";
        var moved = Corpus.Select(article => (AdditionalText)new InMemoryAdditionalText("/elsewhere/checkout/" + article.RelativePath, article.Text));
        Assert.Equal(Sources(Texts(Corpus), withoutLineDirectives: true), Sources(moved, options, withoutLineDirectives: true));
        Assert.NotEqual(Reference.Value, Sources(moved, options));
    }

    private static (string, string)[] CreateCorpus()
    {
        var synthesized = new CorpusGen.Synthesis.CorpusSynthesizer(seed: 5).Articles(140)
            .Select(article => ("seeds/" + (article.FileName.EndsWith("7.txt", StringComparison.Ordinal) ? "world/" : string.Empty) + article.FileName, article.Text));
        var seeds = TestPaths.SeedFiles.Select(path => ("seeds/" + System.IO.Path.GetFileName(path), System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)));
        return seeds.Concat(synthesized).ToArray();
    }

    private static IEnumerable<AdditionalText> Texts(IEnumerable<(string RelativePath, string Text)> articles)
        => articles.Select(article => GeneratorHarness.Article(article.RelativePath, article.Text));

    private static List<(string HintName, string Sha)> Sources(IEnumerable<AdditionalText> texts, Dictionary<string, string>? options = null, bool withoutLineDirectives = false)
        => Hashes(GeneratorHarness.Run(texts, options: options), withoutLineDirectives);

    private static List<(string HintName, string Sha)> Hashes(GeneratorOutcome outcome, bool withoutLineDirectives = false)
    {
        string Text(string source) => withoutLineDirectives
            ? string.Join("\n", source.Split('\n').Where(line => !line.TrimStart().StartsWith("#line (", StringComparison.Ordinal)))
            : source;
        var sources = outcome.Run.GeneratedSources
            .Select(source => (source.HintName, Sha: Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text(source.SourceText.ToString()))))))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(5, sources.Count);
        return sources;
    }
}
