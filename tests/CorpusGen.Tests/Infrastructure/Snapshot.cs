using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing after Verify's conventions, so a later move to Verify.SourceGenerators is a rename:
/// the expected text lives in <c>Snapshots/{name}.verified.cs</c> beside the test file; on a mismatch
/// the actual text is written to <c>{name}.received.cs</c> and the test fails with a diff. Setting the
/// environment variable <see cref="AcceptVariable"/> to 1 accepts the received text instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUSGEN_ACCEPT_SNAPSHOTS";
    private const int MaxDiffLines = 60;

    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        Verify(actual, directory, name, accept);
    }

    public static void Verify(string actual, string directory, string name, bool accept)
    {
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var normalized = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;

        if (expected == normalized || accept)
        {
            if (expected != normalized)
            {
                File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = expected is null
            ? $"No snapshot yet: review {receivedPath}, then rename it to {Path.GetFileName(verifiedPath)} (or set {AcceptVariable}=1)."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs; the actual text is in {receivedPath} (set {AcceptVariable}=1 to accept).\n{Diff(expected, normalized)}";
        throw new SnapshotMismatchException(message);
    }

    /// <summary>A line diff of the changed lines only, '-' for expected and '+' for actual, with line numbers.</summary>
    public static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var builder = new StringBuilder();
        var shown = 0;
        var expectedLine = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type != ChangeType.Inserted)
            {
                expectedLine++;
            }

            if (line.Type is ChangeType.Unchanged)
            {
                continue;
            }

            if (shown++ == MaxDiffLines)
            {
                builder.AppendLine("  \u2026 (more changes)");
                break;
            }

            var sign = line.Type == ChangeType.Inserted ? "+" : "-";
            builder.Append(sign).Append(' ').Append(expectedLine.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(": ").AppendLine(line.Text);
        }

        return builder.ToString();
    }
}

internal sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
