using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing after Verify.SourceGenerators' conventions, so a later move to it keeps the files:
/// the expected text of each generated source lives beside the test file as
/// <c>{TestClass}.{TestMethod}#{HintName without .cs}.verified.cs</c>; on a mismatch the actual text
/// is written to the matching <c>.received.cs</c> and the test fails with a diff. Setting the
/// environment variable <see cref="AcceptVariable"/> to 1 accepts the received text instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUSGEN_ACCEPT_SNAPSHOTS";
    private const int MaxDiffLines = 60;

    /// <summary>Verifies every generated source of a test, and fails once listing every mismatch.</summary>
    public static void VerifySources(IEnumerable<(string HintName, string Text)> sources, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var prefix = Path.GetFileNameWithoutExtension(testFile) + "." + testMethod + "#";
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var failures = new List<string>();
        foreach (var (hintName, text) in sources)
        {
            var name = prefix + (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName);
            try
            {
                Verify(text, directory, name, accept);
            }
            catch (SnapshotMismatchException mismatch)
            {
                failures.Add(mismatch.Message);
            }
        }

        if (failures.Count > 0)
        {
            throw new SnapshotMismatchException(string.Join("\n\n", failures));
        }
    }

    public static void Verify(string actual, string directory, string name, bool accept)
    {
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var normalized = actual.Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", System.StringComparison.Ordinal) : null;

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
