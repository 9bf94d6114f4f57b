using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen;
using Spectre.Console;

namespace CorpusReader.Rich;

/// <summary>The article list as a table: file, headline, paragraph and quote counts.</summary>
internal static class RichArticleTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Article> articles)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Corpus[/]")
            .AddColumn("File")
            .AddColumn("Headline")
            .AddColumn(new TableColumn("Paragraphs").RightAligned())
            .AddColumn(new TableColumn("Quotes").RightAligned());
        foreach (var article in articles)
        {
            table.AddRow(
                new Text(article.FileName, new Style(Color.Grey)),
                article.Headline is null ? new Markup("[italic grey](no headline)[/]") : new Text(article.Headline),
                new Text(article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(article.Quotes.Count.ToString(CultureInfo.InvariantCulture)));
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles, {articles.Sum(article => article.Quotes.Count)} quotes"));
        console.Write(table);
    }
}
