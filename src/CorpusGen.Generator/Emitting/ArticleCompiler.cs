using System.Globalization;
using System.Linq;
using CorpusGen.Generator.Common;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Turns a parsed article into what its shard stores: the article's text, then the layout's numbers
/// after a separator. Run for each article of a shard as the shard is emitted.
/// </summary>
internal static class ArticleCompiler
{
    /// <summary>Separates the text from the layout that follows it, and a shard's articles from the shard's table.</summary>
    public const char LayoutSeparator = ';';

    public static CompiledArticle Compile(ArticleSourceSpec spec, CodeStyle style, CancellationToken cancellationToken)
    {
        var layout = ArticleLayout.Build(spec.Article, spec.Entry, style.Utf8Literals, cancellationToken);
        var data = new StringBuilder(layout.TextUnits + (layout.Numbers.Count * 5) + 1);
        foreach (var piece in layout.Pieces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            data.Append(piece);
        }

        var textLength = data.Length;
        data.Append(LayoutSeparator);
        for (var i = 0; i < layout.Numbers.Count; i++)
        {
            if (i > 0)
            {
                data.Append(',');
            }

            data.Append(layout.Numbers[i].ToString(CultureInfo.InvariantCulture));
        }

        // The separator and the numbers are ASCII: one unit each in UTF-8 and in UTF-16.
        var units = layout.TextUnits + (data.Length - textLength);
        return new CompiledArticle(data.ToString(), units);
    }

    /// <summary>Who said each of the article's quotes, for the corpus's speaker index.</summary>
    public static ArticleSpeakers SpeakersOf(ArticleSourceSpec spec)
        => new(spec.Type, spec.Entry.Path, spec.Article.Quotes.Select(quote => quote.Speaker ?? string.Empty).ToEquatableArray());

    /// <summary>The headline, or the lead sentence when there is none: what the article's property documents.</summary>
    public static ArticleSummary Summarize(ArticleSourceSpec spec)
    {
        var article = spec.Article;
        var text = article.Headline
            ?? (article.Paragraphs.Count > 0 ? LeadSentence.Of(article.Paragraphs[0]) : "Article " + spec.Entry.Id + " (empty).");
        return new ArticleSummary(spec.Type, spec.Entry.Path, text);
    }
}
