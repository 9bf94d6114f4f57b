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
    public void WindowsPathsGiveTheSameSourcesAsUnixPaths()
    {
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenProjectDirectory"] = "C:\\work\\project";
        var windows = Corpus.Select(article => (AdditionalText)new InMemoryAdditionalText(
            "C:\\work\\project\\" + article.RelativePath.Replace('/', '\\'), article.Text));
        Assert.Equal(Reference.Value, Sources(windows, options));
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

    private static List<(string HintName, string Sha)> Sources(IEnumerable<AdditionalText> texts, Dictionary<string, string>? options = null)
        => Hashes(GeneratorHarness.Run(texts, options: options));

    private static List<(string HintName, string Sha)> Hashes(GeneratorOutcome outcome)
    {
        var sources = outcome.Run.GeneratedSources
            .Select(source => (source.HintName, Sha: Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(source.SourceText.ToString())))))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(5, sources.Count);
        return sources;
    }
}
