using System.Globalization;
using System.Threading;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Emits one article's file: a lazily created, cached property on the corpus class. All structure
/// (paragraphs, quote ranges, speakers) is computed at compile time; run time only allocates.
/// </summary>
internal static class ArticleEmitter
{
    private const string ArticleType = "global::CorpusGen.Article";
    private const string ParagraphType = "global::CorpusGen.Paragraph";
    private const string QuoteType = "global::CorpusGen.Quote";

    public static string HintName(ArticleSourceSpec spec) => spec.Type.FullName + "." + spec.Entry.MemberName + ".g.cs";

    public static string FieldName(string memberName) => "__field_" + memberName;

    public static string FactoryName(string memberName) => "__create_" + memberName;

    public static string Emit(ArticleSourceSpec spec, CodeStyle style, CancellationToken cancellationToken)
    {
        var article = spec.Article;
        var entry = spec.Entry;
        var writer = new SourceWriter(EstimateCapacity(article));
        CorpusTypeScaffold.Open(writer, spec.Type, classDocumentation: null, style);

        var field = FieldName(entry.MemberName);
        writer.WriteLine("private static " + style.Nullable(ArticleType) + " " + field + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>" + XmlDocText.Of(Summary(article, entry)) + "</summary>");
        writer.WriteLine("/// <remarks>Article <c>" + XmlDocText.Of(entry.Id) + "</c>, compiled from <c>" + XmlDocText.Of(entry.FileName) + "</c>.</remarks>");
        writer.WriteLine("public static " + ArticleType + " " + entry.MemberName + " => " + field
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref " + field + ", " + FactoryName(entry.MemberName) + "(), null) ?? " + field + style.NotNull + ";");
        writer.WriteLine();
        writer.WriteLine("private static " + ArticleType + " " + FactoryName(entry.MemberName) + "() => new " + ArticleType + "(");
        writer.Indent();
        writer.WriteLine("id: " + CSharpLiteral.Of(entry.Id) + ",");
        writer.WriteLine("fileName: " + CSharpLiteral.Of(entry.FileName) + ",");
        writer.WriteLine("headline: " + CSharpLiteral.Of(article.Headline) + ",");
        writer.WriteLine("byline: " + CSharpLiteral.Of(article.Byline) + ",");
        writer.WriteLine("paragraphs: new " + ParagraphType + "[]");
        writer.OpenBlock();
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine("new " + ParagraphType + "(" + Number(i) + ", " + CSharpLiteral.Of(article.Paragraphs[i]) + "),");
        }

        writer.CloseBlock(",");
        writer.WriteLine("quotes: new " + QuoteType + "[]");
        writer.OpenBlock();
        foreach (var quote in article.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine("new " + QuoteType + "(" + CSharpLiteral.Of(quote.Text) + ", " + CSharpLiteral.Of(quote.Speaker) + ", "
                + KindLiteral(quote.Kind) + ", " + Number(quote.ParagraphIndex) + ", " + Number(quote.Start) + ", " + Number(quote.Length) + ", " + Number(quote.EndParagraphIndex) + "),");
        }

        writer.CloseBlock(",");
        writer.WriteLine("wordCount: " + Number(article.WordCount) + ");");
        writer.Unindent();
        CorpusTypeScaffold.Close(writer);
        return writer.ToString();
    }

    private static string Summary(ParsedArticle article, ArticleEntry entry)
    {
        if (article.Headline is not null)
        {
            return article.Headline;
        }

        return article.Paragraphs.Count > 0 ? article.Paragraphs[0] : "Article " + entry.Id + " (empty).";
    }

    private static string KindLiteral(ParsedQuoteKind kind)
        => kind == ParsedQuoteKind.Phrase ? "global::CorpusGen.QuoteKind.Phrase" : "global::CorpusGen.QuoteKind.Direct";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int EstimateCapacity(ParsedArticle article)
    {
        var length = 2048;
        foreach (var paragraph in article.Paragraphs)
        {
            length += paragraph.Length + 64;
        }

        return length + (article.Quotes.Count * 160);
    }
}
