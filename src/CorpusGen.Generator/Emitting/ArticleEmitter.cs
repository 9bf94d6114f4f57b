using System.Globalization;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Emits one article's file: a lazily created, cached property on the corpus class over the article's
/// text compiled as UTF-8 data (or, before C# 11, a string literal) and its layout computed here. Run
/// time decodes each piece of text on first use and parses nothing.
/// </summary>
internal static class ArticleEmitter
{
    private const string ArticleType = "global::CorpusGen.Article";

    public static string HintName(ArticleSourceSpec spec) => spec.Type.FullName + "." + spec.Entry.MemberName + ".g.cs";

    public static string Emit(ArticleSourceSpec spec, CodeStyle style, CancellationToken cancellationToken)
    {
        var article = spec.Article;
        var entry = spec.Entry;
        var member = entry.MemberName;
        var layout = ArticleLayout.Build(article, style.Utf8Literals);
        var writer = new SourceWriter(EstimateCapacity(layout));
        CorpusTypeScaffold.Open(writer, spec.Type, classDocumentation: null, style);

        var field = "__field_" + member;
        writer.WriteLine("private static " + style.Nullable(ArticleType) + " " + field + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>" + XmlDocText.Of(Summary(article, entry)) + "</summary>");
        writer.WriteLine("/// <remarks>Article <c>" + XmlDocText.Of(entry.Id) + "</c>, compiled from <c>" + XmlDocText.Of(entry.FileName) + "</c>.</remarks>");
        writer.WriteLine("public static " + ArticleType + " " + member + " => " + field + " ?? " + CorpusIndexEmitter.PublishHelper + "(ref " + field + ", " + ArticleType + ".Compiled("
            + CSharpLiteral.Of(entry.Id) + ", " + CSharpLiteral.Of(entry.FileName) + ", new global::CorpusGen.CompiledText(__decode_" + member + "), "
            + CorpusIndexEmitter.LayoutHelper + "(__layout_" + member + ")));");
        writer.WriteLine();
        WriteText(writer, member, layout, style, cancellationToken);
        CorpusTypeScaffold.Close(writer);
        return writer.ToString();
    }

    /// <summary>
    /// The compiled text as one literal (a chain of '+' costs the compiler more than the text itself)
    /// and the decoder the run-time article calls; helpers shared by the corpus keep binding cheap.
    /// </summary>
    private static void WriteText(SourceWriter writer, string member, ArticleLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var suffix = style.Utf8Literals ? "u8;" : ";";
        var declaration = style.Utf8Literals ? "private static global::System.ReadOnlySpan<byte> " : "private const string ";
        var assignment = style.Utf8Literals ? " =>" : " =";
        writer.WriteLine(declaration + "__text_" + member + assignment);
        writer.Indent();
        writer.WriteLiteralLine(string.Concat(layout.Pieces), suffix);
        writer.Unindent();
        writer.WriteLine();

        // The layout travels as text too: thousands of integer literals cost the compiler far more than one string.
        writer.WriteLine(declaration + "__layout_" + member + assignment);
        writer.Indent();
        writer.WriteLiteralLine(LayoutText(layout, cancellationToken), suffix);
        writer.Unindent();
        writer.WriteLine();
        writer.WriteLine("private static string __decode_" + member + "(int start, int length) => " + CorpusIndexEmitter.DecodeHelper + "(__text_" + member + ", start, length);");
    }

    /// <summary>The layout's numbers, comma-separated.</summary>
    private static string LayoutText(ArticleLayout layout, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(layout.Numbers.Count * 4);
        for (var i = 0; i < layout.Numbers.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(layout.Numbers[i].ToString(CultureInfo.InvariantCulture));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return text.ToString();
    }

    private static string Summary(ParsedArticle article, ArticleEntry entry)
    {
        if (article.Headline is not null)
        {
            return article.Headline;
        }

        return article.Paragraphs.Count > 0 ? article.Paragraphs[0] : "Article " + entry.Id + " (empty).";
    }

    private static int EstimateCapacity(ArticleLayout layout)
    {
        var length = 2048 + (layout.Numbers.Count * 6);
        foreach (var piece in layout.Pieces)
        {
            length += piece.Length + 16;
        }

        return length;
    }
}
