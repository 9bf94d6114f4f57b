using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen;

namespace OfflineSite;

/// <summary>One article as HTML: its paragraphs with each quote marked at its recorded range and signed with its speaker.</summary>
internal static class ArticleHtml
{
    public static void Write(TextWriter writer, Article article)
    {
        var searchText = string.Join(" ", new[] { article.Headline, article.Byline, article.Text }.Concat(article.Quotes.Select(quote => quote.Speaker)).Where(text => text is not null));
        writer.WriteLine("<article class=\"article\" id=\"" + Anchor(article) + "\" data-search=\"" + SiteExporter.Html(searchText.ToLowerInvariant()) + "\">");
        writer.WriteLine("<h2>" + SiteExporter.Html(Title(article)) + "</h2>");
        if (article.Byline is not null)
        {
            writer.WriteLine("<p class=\"byline\">" + SiteExporter.Html(article.Byline) + "</p>");
        }

        writer.WriteLine("<p class=\"source\">" + SiteExporter.Html(article.FileName) + " \u00B7 " + article.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " words</p>");
        foreach (var paragraph in article.Paragraphs)
        {
            var quotes = article.Quotes.Where(quote => quote.ParagraphIndex == paragraph.Index).OrderBy(quote => quote.Start).ToList();
            writer.WriteLine("<p>" + Paragraph(paragraph.Text, quotes) + "</p>");
        }

        writer.WriteLine("</article>");
    }

    public static string Anchor(Article article) => "article-" + SiteExporter.Html(article.Id.Replace('/', '-'));

    /// <summary>The headline, or for an article without one, the start of its first paragraph.</summary>
    public static string Title(Article article)
    {
        if (article.Headline is not null)
        {
            return article.Headline;
        }

        var text = article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : article.FileName;
        if (text.Length <= TitleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', TitleLength);
        return text.Substring(0, cut > 0 ? cut : TitleLength) + "\u2026";
    }

    private const int TitleLength = 90;

    private static bool IsClosingMark(char c) => c is '\u2019' or '\u201D' or '"' or '\'' or '\u00BB';

    /// <summary>The paragraph with its top-level quotes marked; a quote inside another stays inside its mark.</summary>
    private static string Paragraph(string text, IReadOnlyList<Quote> quotes)
    {
        var html = new StringBuilder(text.Length + (quotes.Count * 64));
        var position = 0;
        foreach (var quote in quotes)
        {
            if (quote.Start < position)
            {
                continue;
            }

            html.Append(SiteExporter.Html(text.Substring(position, quote.Start - position)));
            var speaker = quote.Speaker ?? "unknown speaker";
            html.Append("<mark class=\"quote\" data-speaker=\"").Append(SiteExporter.Html(speaker)).Append("\" title=\"").Append(SiteExporter.Html(speaker)).Append("\">")
                .Append(SiteExporter.Html(text.Substring(quote.Start, quote.Length)))
                .Append("</mark>");
            position = quote.Start + quote.Length;

            // The speaker signs after the closing mark, which lies outside the quote's range.
            if (position < text.Length && IsClosingMark(text[position]))
            {
                html.Append(SiteExporter.Html(text.Substring(position, 1)));
                position++;
            }

            if (quote.Speaker is not null && quote.Kind == QuoteKind.Direct)
            {
                html.Append("<span class=\"speaker\">\u2014 ").Append(SiteExporter.Html(quote.Speaker)).Append("</span>");
            }
        }

        return html.Append(SiteExporter.Html(text.Substring(position))).ToString();
    }
}
