using System.Globalization;
using System.IO;
using CorpusGen;

namespace CorpusReader;

/// <summary>Writes one article in full: headline, numbered paragraphs, then its quotes with speakers.</summary>
internal static class ArticlePrinter
{
    public static void Write(TextWriter output, Article article)
    {
        output.WriteLine(article.Headline ?? "(no headline)");
        if (article.Byline is not null)
        {
            output.WriteLine("By " + article.Byline);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.FileName} \u2014 {article.WordCount} words, {article.Paragraphs.Count} paragraphs, {article.Quotes.Count} quotes"));
        output.WriteLine();
        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{paragraph.Index + 1}] {paragraph.Text}"));
            output.WriteLine();
        }

        if (article.Quotes.Count == 0)
        {
            return;
        }

        output.WriteLine("Quotes:");
        foreach (var quote in article.Quotes)
        {
            var kind = quote.Kind == QuoteKind.Direct ? "direct" : "phrase";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  \u00B6{quote.ParagraphIndex + 1} {kind,-6} \u201C{quote.Text}\u201D \u2014 {quote.Speaker ?? "(unknown)"}"));
        }
    }
}
