using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CorpusReader.Rich;
using Spectre.Console;
using Xunit;

namespace CorpusReader.Tests;

/// <summary>The reader's output: tables and colours on a terminal that shows them, plain text when redirected.</summary>
public sealed class ReaderOutputTests
{
    private const char Escape = '\u001B';

    [Fact]
    public void OnATerminalTheArticleListIsATableWithEveryHeadline()
    {
        var (console, output) = Terminal();
        RichArticleTable.Write(console, Corpus.All);

        var text = output.ToString();
        Assert.Contains('\u256D', text);
        Assert.All(Corpus.All.Where(article => article.Headline is not null), article => Assert.Contains(article.Headline!, text, StringComparison.Ordinal));
        Assert.Contains($"{Corpus.All.Count} articles", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnATerminalAnArticlesQuotesAreInColourWithTheirSpeakers()
    {
        var article = Corpus.All.First(candidate => candidate.Quotes.Any(quote => quote.Speaker is not null));
        var (console, output) = Terminal();
        RichArticlePrinter.Write(console, article);

        var text = output.ToString();
        var quote = article.Quotes.First(candidate => candidate.Speaker is not null);
        var at = text.IndexOf(quote.Text, StringComparison.Ordinal);
        Assert.True(at > 0, "the quote is not in the output");
        // The colour's escape sequence (ESC[33m, say) stands right before the quote's text.
        Assert.InRange(at - text.LastIndexOf(Escape, at), 1, 8);
        Assert.Contains(quote.Speaker!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedOutputIsPlainText()
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "CorpusReader.dll")) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain(Escape, text);
        Assert.StartsWith("File ", text, StringComparison.Ordinal);
        Assert.Contains($"{Corpus.All.Count} articles", text, StringComparison.Ordinal);
    }

    /// <summary>A console that renders as a colour terminal does, into a string.</summary>
    private static (IAnsiConsole Console, StringWriter Output) Terminal()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400;
        return (console, output);
    }
}
