using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>The generated sources for the seeds, byte for byte, against the reviewed *.verified.cs files beside this test.</summary>
public sealed class GeneratedSourceSnapshotTests
{
    [Fact]
    public void Seeds()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds());
        Snapshot.VerifySources(outcome.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
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
