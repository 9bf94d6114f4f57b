using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGen;

namespace CorpusReader;

/// <summary>Lists the corpus's speakers, most quoted first, with the articles that quote them.</summary>
internal static class SpeakerLister
{
    public static void Write(TextWriter output, IReadOnlyList<Speaker> speakers)
    {
        foreach (var speaker in speakers.OrderByDescending(speaker => speaker.Quotes.Count).ThenBy(speaker => speaker.Name, System.StringComparer.Ordinal))
        {
            var articles = string.Join(", ", speaker.Quotes.Select(quote => quote.Article.Id).Distinct());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{speaker.Quotes.Count,4}  {speaker.Name}  ({articles})"));
        }
    }
}
