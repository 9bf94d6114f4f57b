using System.Collections.Generic;
using System.Linq;
using CorpusGen;
using Spectre.Console;

namespace CorpusReader.Rich;

/// <summary>Everyone quoted, most quoted first, as a bar chart of their number of quotes.</summary>
internal static class RichSpeakerChart
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Speaker> speakers)
    {
        var chart = new BarChart().Label("[bold]Quotes per speaker[/]").LeftAlignLabel();
        foreach (var speaker in speakers.OrderByDescending(speaker => speaker.Quotes.Count).ThenBy(speaker => speaker.Name, System.StringComparer.Ordinal))
        {
            chart.AddItem(Markup.Escape(speaker.Name), speaker.Quotes.Count, Color.Aqua);
        }

        console.Write(chart);
    }
}
