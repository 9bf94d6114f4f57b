using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen;

namespace CorpusReader;

/// <summary>Lists quotes across the corpus, or one speaker's.</summary>
internal static class QuoteLister
{
    public static void Write(TextWriter output, IEnumerable<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            output.WriteLine($"{quote.Speaker ?? "(unknown)"}: \u201C{quote.Text}\u201D ({quote.Article.Id})");
        }
    }

    /// <summary>
    /// The speaker's quotes: by canonical name or surname through the corpus index, else any speaker
    /// with a word of that name ("Carter" finds "Emma Carter" even when two people share a surname).
    /// </summary>
    public static IReadOnlyList<Quote> BySpeaker(string speaker, Func<string, IReadOnlyList<Quote>> quotesBy, IEnumerable<Speaker> speakers)
    {
        var exact = quotesBy(speaker);
        if (exact.Count > 0)
        {
            return exact;
        }

        return speakers
            .Where(candidate => candidate.Name.Split(' ').Any(word => string.Equals(word, speaker, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(candidate => candidate.Quotes)
            .ToList();
    }
}
