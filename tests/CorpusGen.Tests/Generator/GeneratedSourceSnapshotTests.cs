using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>The generated sources for the seeds, byte for byte, against the reviewed snapshots in Snapshots/.</summary>
public sealed class GeneratedSourceSnapshotTests
{
    public static TheoryData<string> HintNames => new(GeneratorHarness.Run(GeneratorHarness.Seeds()).Run.GeneratedSources.Select(source => source.HintName));

    [Theory]
    [MemberData(nameof(HintNames))]
    public void SeedSourceMatchesSnapshot(string hintName)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds());
        Snapshot.Verify(outcome.Source(hintName), "Seeds#" + hintName.Replace(".g.cs", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public void OutputIsIdenticalWhateverTheFileOrder()
    {
        var forward = GeneratorHarness.Run(GeneratorHarness.Seeds());
        var backward = GeneratorHarness.Run(GeneratorHarness.Seeds().Reverse());
        Assert.Equal(
            forward.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(pair => pair.HintName, System.StringComparer.Ordinal),
            backward.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(pair => pair.HintName, System.StringComparer.Ordinal));
    }
}
