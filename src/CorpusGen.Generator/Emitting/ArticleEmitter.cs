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
    private const int NumbersPerLine = 16;

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
        writer.WriteLine("public static " + ArticleType + " " + member + " => " + field
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref " + field + ", __create_" + member + "(), null) ?? " + field + style.NotNull + ";");
        writer.WriteLine();
        WriteText(writer, member, layout, style, cancellationToken);
        writer.WriteLine();
        writer.WriteLine("private static " + ArticleType + " __create_" + member + "() => " + ArticleType + ".Compiled(");
        writer.Indent();
        writer.WriteLine(CSharpLiteral.Of(entry.Id) + ",");
        writer.WriteLine(CSharpLiteral.Of(entry.FileName) + ",");
        writer.WriteLine("new global::CorpusGen.CompiledText(__decode_" + member + "),");
        WriteNumbers(writer, layout, cancellationToken);
        writer.Unindent();
        CorpusTypeScaffold.Close(writer);
        return writer.ToString();
    }

    /// <summary>The compiled text, one piece per line, and the decoder the run-time article calls.</summary>
    private static void WriteText(SourceWriter writer, string member, ArticleLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var suffix = style.Utf8Literals ? "u8" : string.Empty;
        writer.WriteLine(style.Utf8Literals
            ? "private static global::System.ReadOnlySpan<byte> __text_" + member + " =>"
            : "private const string __text_" + member + " =");
        writer.Indent();
        if (layout.Pieces.Count == 0)
        {
            writer.WriteLine("\"\"" + suffix + ";");
        }

        for (var i = 0; i < layout.Pieces.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLiteralLine(layout.Pieces[i], suffix + (i + 1 < layout.Pieces.Count ? " +" : ";"));
        }

        writer.Unindent();
        writer.WriteLine();
        writer.WriteLine(style.Utf8Literals
            ? "private static string __decode_" + member + "(int start, int length) => global::System.Text.Encoding.UTF8.GetString(__text_" + member + ".Slice(start, length));"
            : "private static string __decode_" + member + "(int start, int length) => __text_" + member + ".Substring(start, length);");
    }

    private static void WriteNumbers(SourceWriter writer, ArticleLayout layout, CancellationToken cancellationToken)
    {
        writer.WriteLine("new int[]");
        writer.OpenBlock();
        var line = new StringBuilder();
        for (var i = 0; i < layout.Numbers.Count; i++)
        {
            line.Append(layout.Numbers[i].ToString(CultureInfo.InvariantCulture)).Append(',');
            if ((i + 1) % NumbersPerLine == 0 || i + 1 == layout.Numbers.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.WriteLine(line.ToString());
                line.Clear();
            }
            else
            {
                line.Append(' ');
            }
        }

        writer.CloseBlock(");");
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
