using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Turns a parsed article into what its shard stores: the article's text that is not a slice of its embedded file,
/// then the layout's numbers packed as binary data (<see cref="PackedNumbers"/>, each number plus one, so that -1
/// fits). Run for each article of a shard as the shard is emitted.
/// </summary>
internal static class ArticleCompiler
{
    public static CompiledArticle Compile(ArticleSourceSpec spec, CodeStyle style, CancellationToken cancellationToken)
    {
        var layout = ArticleLayout.Build(spec.Article, spec.Entry, style.Utf8Literals, spec.File, cancellationToken);
        var data = new StringBuilder(layout.TextUnits + (layout.Numbers.Count * PackedNumbers.Width));
        foreach (var piece in layout.Pieces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            data.Append(piece);
        }

        data.Append(PackedNumbers.Of(layout.Numbers.Select(number => number + 1)));

        // The packed numbers are ASCII: one unit each in UTF-8 and in UTF-16.
        return new CompiledArticle(data.ToString(), layout.TextUnits + (layout.Numbers.Count * PackedNumbers.Width), layout.TextUnits, spec.File?.Slot ?? -1);
    }

    /// <summary>Who said each of the article's quotes, for the corpus's speaker index.</summary>
    public static ArticleSpeakers SpeakersOf(ArticleSourceSpec spec)
        => new(spec.Type, spec.Entry.Path, spec.Article.Quotes.Select(quote => quote.Speaker ?? string.Empty).ToEquatableArray());

    /// <summary>The headline, or the lead sentence when there is none: what the article's property documents.</summary>
    public static ArticleSummary Summarize(ArticleSourceSpec spec)
    {
        var article = spec.Article;
        var text = article.Headline
            ?? (article.ParagraphCount > 0 ? LeadSentence.Of(article.Paragraph(0)) : "Article " + spec.Entry.Id + " (empty).");
        return new ArticleSummary(spec.Type, spec.Entry.Path, text, article.Summary);
    }
}
