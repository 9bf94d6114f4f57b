using System;
using System.IO;
using Xunit;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>The snapshot helper itself: pass, fail with a diff, first run, accept.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corpusgen-snapshots-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void MatchingTextPassesAndLeavesNoReceivedFile()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "a.verified.cs"), "line 1\nline 2\n");
        Snapshot.Verify("line 1\r\nline 2\r\n", _directory, "a", accept: false);
        Assert.False(File.Exists(Path.Combine(_directory, "a.received.cs")));
    }

    [Fact]
    public void MismatchWritesReceivedAndShowsTheChangedLines()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "b.verified.cs"), "same\nold\nsame\n");
        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify("same\nnew\nsame\n", _directory, "b", accept: false));
        Assert.Contains("- ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("old", failure.Message, StringComparison.Ordinal);
        Assert.Contains("new", failure.Message, StringComparison.Ordinal);
        Assert.Equal("same\nnew\nsame\n", File.ReadAllText(Path.Combine(_directory, "b.received.cs")));
    }

    [Fact]
    public void FirstRunFailsAndWritesReceived()
    {
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify("text", _directory, "c", accept: false));
        Assert.True(File.Exists(Path.Combine(_directory, "c.received.cs")));
        Assert.False(File.Exists(Path.Combine(_directory, "c.verified.cs")));
    }

    [Fact]
    public void AcceptWritesVerifiedAndRemovesReceived()
    {
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify("text", _directory, "d", accept: false));
        Snapshot.Verify("text", _directory, "d", accept: true);
        Assert.Equal("text", File.ReadAllText(Path.Combine(_directory, "d.verified.cs")));
        Assert.False(File.Exists(Path.Combine(_directory, "d.received.cs")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
