using System;
using System.CommandLine;
using System.Linq;
using CorpusReader;
using CorpusReader.Rich;
using Spectre.Console;

// An offline reader over the corpus compiled into this assembly: nothing here reads or parses a file.
var json = new Option<bool>("--json") { Description = "Write the whole corpus as JSON to standard output." };
var root = new RootCommand("Reads the news corpus compiled into this program by CorpusGen.") { json };
root.SetAction(result =>
{
    if (result.GetValue(json))
    {
        CorpusJsonWriter.Write(Console.OpenStandardOutput(), Corpus.All);
    }
    else if (RichOutput.IsAvailable)
    {
        RichArticleTable.Write(AnsiConsole.Console, Corpus.All);
    }
    else
    {
        ArticleTable.Write(Console.Out, Corpus.All);
    }

    return 0;
});

var id = new Argument<string>("id") { Description = "The article id: its file name without .txt, e.g. 000_33f8ad2be7147c48." };
var show = new Command("show", "Show one article: headline, paragraphs and quotes with their speakers.") { id };
show.SetAction(result =>
{
    var article = Corpus.Find(result.GetValue(id)!);
    if (article is null)
    {
        Console.Error.WriteLine($"No article with id '{result.GetValue(id)}'. Run without arguments to list the ids.");
        return 1;
    }

    if (RichOutput.IsAvailable)
    {
        RichArticlePrinter.Write(AnsiConsole.Console, article);
    }
    else
    {
        ArticlePrinter.Write(Console.Out, article);
    }

    return 0;
});
root.Subcommands.Add(show);

var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this speaker (case-insensitive; a surname is enough)." };
var quotes = new Command("quotes", "List quotes across the corpus with their speakers.") { speaker };
quotes.SetAction(result =>
{
    var name = result.GetValue(speaker);
    if (name is null)
    {
        WriteQuotes(Corpus.All.SelectMany(article => article.Quotes).ToList());
        return 0;
    }

    var found = QuoteLister.BySpeaker(name, Corpus.QuotesBy, Corpus.Speakers);
    if (found.Count == 0)
    {
        Console.Error.WriteLine($"No quotes by '{name}'. Run 'speakers' to list who is quoted.");
        return 1;
    }

    WriteQuotes(found);
    return 0;
});
root.Subcommands.Add(quotes);

var speakers = new Command("speakers", "List everyone quoted in the corpus with their number of quotes.");
speakers.SetAction(_ =>
{
    if (RichOutput.IsAvailable)
    {
        RichSpeakerChart.Write(AnsiConsole.Console, Corpus.Speakers);
    }
    else
    {
        SpeakerLister.Write(Console.Out, Corpus.Speakers);
    }

    return 0;
});
root.Subcommands.Add(speakers);

return root.Parse(args).Invoke();

static void WriteQuotes(System.Collections.Generic.IReadOnlyList<CorpusGen.Quote> quotes)
{
    if (RichOutput.IsAvailable)
    {
        RichQuoteTable.Write(AnsiConsole.Console, quotes);
    }
    else
    {
        QuoteLister.Write(Console.Out, quotes);
    }
}
