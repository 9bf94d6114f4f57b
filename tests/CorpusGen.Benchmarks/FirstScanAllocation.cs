using System;
using System.Collections.Generic;
using System.Globalization;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Bytes a fresh process allocates for its first search of a corpus, which also creates every article: through the
/// UTF-8 views, or through the strings. Each in a process of its own, since the articles and their strings are
/// cached once created.
/// Run: <c>dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --first-scan 10 views|strings</c>.
/// </summary>
internal static class FirstScanAllocation
{
    public static void Measure(int megabytes, bool views)
    {
        var all = CompiledCorpusFactory.LoadCorpus(megabytes).GetProperty("All")!;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var articles = (IReadOnlyList<Article>)all.GetValue(null)!;
        var result = views ? Utf8ViewScan.CountSpaces(articles) : CountSpaces(articles);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"first search of {articles.Count} articles ({megabytes} MB) through the {(views ? "UTF-8 views" : "strings")}: {allocated / 1048576.0:F2} MB allocated ({result} spaces)"));
    }

    private static long CountSpaces(IReadOnlyList<Article> articles)
    {
        long spaces = 0;
        foreach (var article in articles)
        {
            spaces += article.Headline.AsSpan().Count(' ');
            foreach (var paragraph in article.Paragraphs)
            {
                spaces += paragraph.Text.AsSpan().Count(' ');
            }

            foreach (var quote in article.Quotes)
            {
                spaces += quote.Text.AsSpan().Count(' ') + quote.Speaker.AsSpan().Count(' ');
            }
        }

        return spaces;
    }
}
