using System;
using System.Collections.Generic;
using System.IO;
using CorpusGen;

namespace CorpusReader;

/// <summary>Lists quotes across the corpus, optionally only one speaker's.</summary>
internal static class QuoteLister
{
    public static void Write(TextWriter output, IEnumerable<Article> articles, string? speaker)
    {
        var count = 0;
        foreach (var article in articles)
        {
            foreach (var quote in article.Quotes)
            {
                if (speaker is not null && !Matches(quote.Speaker, speaker))
                {
                    continue;
                }

                output.WriteLine($"{quote.Speaker ?? "(unknown)"}: \u201C{quote.Text}\u201D ({article.Id})");
                count++;
            }
        }

        if (count == 0 && speaker is not null)
        {
            output.WriteLine($"No quotes by '{speaker}'.");
        }
    }

    /// <summary>"Putin" matches "Vladimir Putin": a whole name or any whole word of it, ignoring case.</summary>
    private static bool Matches(string? quoteSpeaker, string wanted)
    {
        if (quoteSpeaker is null)
        {
            return false;
        }

        if (string.Equals(quoteSpeaker, wanted, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in quoteSpeaker.Split(' '))
        {
            if (string.Equals(word, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
