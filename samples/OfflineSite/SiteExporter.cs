using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using CorpusGen;

namespace OfflineSite;

/// <summary>
/// Writes articles as one self-contained HTML page: a searchable article list, each article with its
/// headline, byline and paragraphs, quotes highlighted with their speaker, and an index of speakers.
/// The style sheet and script are inlined, so the file needs no server and no network.
/// </summary>
public static class SiteExporter
{
    public static void Write(TextWriter writer, string title, IReadOnlyList<Article> articles)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine("<title>" + Html(title) + "</title>");
        writer.WriteLine("<style>\n" + Resource("site.css") + "</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine("<header><h1>" + Html(title) + "</h1><input id=\"search\" type=\"search\" placeholder=\"Search headlines, text and speakers\" aria-label=\"Search\" autocomplete=\"off\"><span id=\"match-count\"></span></header>");
        writer.WriteLine("<main>");
        WriteArticleList(writer, articles);
        writer.WriteLine("<div>");
        foreach (var article in articles)
        {
            ArticleHtml.Write(writer, article);
        }

        WriteSpeakerIndex(writer, articles);
        writer.WriteLine("</div>");
        writer.WriteLine("</main>");
        writer.WriteLine("<script>\n" + Resource("site.js") + "</script>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    internal static string Html(string text) => WebUtility.HtmlEncode(text);

    private static void WriteArticleList(TextWriter writer, IReadOnlyList<Article> articles)
    {
        writer.WriteLine("<nav><h2>Articles</h2><ul id=\"article-list\">");
        foreach (var article in articles)
        {
            writer.WriteLine("<li><a href=\"#" + ArticleHtml.Anchor(article) + "\">" + Html(ArticleHtml.Title(article)) + "</a></li>");
        }

        writer.WriteLine("</ul></nav>");
    }

    private static void WriteSpeakerIndex(TextWriter writer, IReadOnlyList<Article> articles)
    {
        var speakers = new SpeakerIndex(articles).Speakers;
        writer.WriteLine("<section id=\"speakers\"><h2>Speakers</h2><ul>");
        foreach (var speaker in speakers.OrderByDescending(speaker => speaker.Quotes.Count).ThenBy(speaker => speaker.Name, System.StringComparer.Ordinal))
        {
            var quoted = speaker.Quotes.Select(quote => quote.Article).Distinct().Select(article => "<a href=\"#" + ArticleHtml.Anchor(article) + "\">" + Html(ArticleHtml.Title(article)) + "</a>");
            writer.WriteLine("<li><strong>" + Html(speaker.Name) + "</strong> (" + speaker.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): " + string.Join("; ", quoted) + "</li>");
        }

        writer.WriteLine("</ul></section>");
    }

    private static string Resource(string name)
    {
        using var stream = typeof(SiteExporter).Assembly.GetManifestResourceStream("OfflineSite." + name)
            ?? throw new FileNotFoundException("Embedded resource missing", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
