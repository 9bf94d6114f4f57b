using System;
using System.Collections.Generic;

namespace CorpusGen.Benchmarks;

/// <summary>A search over a whole corpus through its UTF-8 views: reads every byte, creates no string.</summary>
internal static class Utf8ViewScan
{
    /// <summary>The spaces in every headline, paragraph, quote and speaker; indexes, not enumerators, so that the loop allocates nothing itself.</summary>
    public static long CountSpaces(IReadOnlyList<Article> articles)
    {
        long spaces = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            spaces += article.Utf8Headline.Count((byte)' ');
            var paragraphs = article.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                spaces += paragraphs[p].Utf8Text.Count((byte)' ');
            }

            var quotes = article.Quotes;
            for (var q = 0; q < quotes.Count; q++)
            {
                spaces += quotes[q].Utf8Text.Count((byte)' ') + quotes[q].Utf8Speaker.Count((byte)' ');
            }
        }

        return spaces;
    }
}
