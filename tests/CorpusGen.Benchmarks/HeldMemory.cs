using System;
using System.Globalization;
using System.Linq;

namespace CorpusGen.Benchmarks;

/// <summary>
/// What a driver kept across edits holds once it has run over a corpus, beyond the corpus's own texts and the
/// compilation the IDE holds anyway: the managed heap after a full collection, with the driver run and without.
/// Run: <c>dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --held-memory 10 [embedded]</c>.
/// </summary>
internal static class HeldMemory
{
    public static void Measure(int megabytes, bool embeddedText)
    {
        var session = IdeSession.Create(megabytes, embeddedText);
        var corpusBytes = session.Texts.Sum(text => (long)System.Text.Encoding.UTF8.GetByteCount(text.GetText()!.ToString()));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        session.Run();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(session);
        var held = after - before;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(embeddedText ? "with" : "without")} the embedded text's index: corpus {corpusBytes / 1048576.0:F1} MB (UTF-8), held by the driver after one run {held / 1048576.0:F1} MB: {(double)held / corpusBytes:F2}x the corpus"));
    }
}
