using System.Globalization;
using System.Linq;
using System.Text;
using CorpusGen;
using Spectre.Console;

namespace CorpusReader.Rich;

/// <summary>One article: its headline as a rule, paragraphs with quotes in colour, then a table of its quotes and speakers.</summary>
internal static class RichArticlePrinter
{
    public static void Write(IAnsiConsole console, Article article)
    {
        console.Write(new Rule("[bold]" + Markup.Escape(article.Headline ?? "(no headline)") + "[/]").LeftJustified());
        var details = string.Create(CultureInfo.InvariantCulture, $"{article.FileName} \u00B7 {article.WordCount} words \u00B7 {article.Paragraphs.Count} paragraphs \u00B7 {article.Quotes.Count} quotes");
        console.MarkupLine("[grey]" + Markup.Escape(article.Byline is null ? details : "By " + article.Byline + " \u00B7 " + details) + "[/]");
        console.WriteLine();
        foreach (var paragraph in article.Paragraphs)
        {
            console.MarkupLine(Highlighted(paragraph.Text, article, paragraph.Index));
            console.WriteLine();
        }

        if (article.Quotes.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("\u00B6").AddColumn("Kind").AddColumn("Quote").AddColumn("Speaker");
        foreach (var quote in article.Quotes)
        {
            table.AddRow(
                new Text((quote.ParagraphIndex + 1).ToString(CultureInfo.InvariantCulture)),
                new Text(quote.Kind == QuoteKind.Direct ? "direct" : "phrase"),
                new Text(quote.Text, new Style(Color.Yellow)),
                quote.Speaker is null ? new Markup("[grey](unknown)[/]") : new Text(quote.Speaker, new Style(Color.Aqua)));
        }

        console.Write(table);
    }

    /// <summary>The paragraph as markup, with each top-level quote's range in yellow.</summary>
    private static string Highlighted(string text, Article article, int paragraphIndex)
    {
        var markup = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var quote in article.Quotes.Where(quote => quote.ParagraphIndex == paragraphIndex).OrderBy(quote => quote.Start))
        {
            if (quote.Start < position)
            {
                continue;
            }

            markup.Append(Markup.Escape(text.Substring(position, quote.Start - position)))
                .Append("[yellow]").Append(Markup.Escape(text.Substring(quote.Start, quote.Length))).Append("[/]");
            position = quote.Start + quote.Length;
        }

        return markup.Append(Markup.Escape(text.Substring(position))).ToString();
    }
}
