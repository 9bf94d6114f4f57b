using System.Collections.Generic;
using CorpusGen;
using Spectre.Console;

namespace CorpusReader.Rich;

/// <summary>Quotes across the corpus as a table: speaker, quote and the article it is from.</summary>
internal static class RichQuoteTable
{
    public static void Write(IAnsiConsole console, IEnumerable<Quote> quotes)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Speaker").AddColumn("Quote").AddColumn("Article");
        foreach (var quote in quotes)
        {
            table.AddRow(
                quote.Speaker is null ? new Markup("[grey](unknown)[/]") : new Text(quote.Speaker, new Style(Color.Aqua)),
                new Text("\u201C" + quote.Text + "\u201D"),
                new Text(quote.Article.Id, new Style(Color.Grey)));
        }

        console.Write(table);
    }
}
