using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGen;

namespace CorpusReader;

/// <summary>Writes one line per article: id, headline, paragraph and quote counts.</summary>
internal static class ArticleTable
{
    private const int HeadlineWidth = 60;

    public static void Write(TextWriter output, IReadOnlyList<Article> articles)
    {
        var idWidth = System.Math.Max("File".Length, articles.Select(article => article.FileName.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"File".PadRight(idWidth)}  {"Headline",-HeadlineWidth}  {"Paragraphs",10}  {"Quotes",6}");
        output.WriteLine($"{new string('-', idWidth)}  {new string('-', HeadlineWidth)}  {new string('-', 10)}  {new string('-', 6)}");
        foreach (var article in articles)
        {
            var headline = Fit(article.Headline ?? "(no headline)", HeadlineWidth);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.FileName.PadRight(idWidth)}  {headline,-HeadlineWidth}  {article.Paragraphs.Count,10}  {article.Quotes.Count,6}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles, {articles.Sum(article => article.Quotes.Count)} quotes."));
    }

    private static string Fit(string text, int width) => text.Length <= width ? text : text.Substring(0, width - 1) + "\u2026";
}
