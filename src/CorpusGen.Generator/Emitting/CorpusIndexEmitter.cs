using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>Emits a corpus class's index: <c>All</c> in ordinal file-name order and <c>Find(id)</c>.</summary>
internal static class CorpusIndexEmitter
{
    private const string ArticleType = "global::CorpusGen.Article";
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList<" + ArticleType + ">";

    // A rooted folder is machine-specific: leaving it out keeps output identical on every machine.
    private static string FolderPhrase(string folder)
        => PathNormalizer.IsRooted(folder) || folder.IndexOf("$(", System.StringComparison.Ordinal) >= 0 ? " by CorpusGen" : " from <c>" + XmlDocText.Of(folder) + "</c>";

    /// <summary>Publishes an article created on first access, so every caller sees the same instance.</summary>
    public const string PublishHelper = "__Publish";

    /// <summary>Decodes a range of an article's compiled text.</summary>
    public const string DecodeHelper = "__Decode";

    /// <summary>Reads an article's layout from its comma-separated numbers.</summary>
    public const string LayoutHelper = "__Layout";

    /// <summary>Cases per switch when looking an article up by number: one switch over thousands costs the compiler minutes.</summary>
    private const int CasesPerSwitch = 128;

    /// <summary>Article by number: a switch over switches of <see cref="CasesPerSwitch"/> cases each.</summary>
    private static void WriteArticleSwitch(SourceWriter writer, CorpusLayout layout, CancellationToken cancellationToken)
    {
        var count = layout.Articles.Count;
        var groups = (count + CasesPerSwitch - 1) / CasesPerSwitch;
        writer.OpenBlock("private static " + ArticleType + " __Article(int index)");
        writer.OpenBlock("switch (index / " + CasesPerSwitch.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
        for (var group = 0; group < groups; group++)
        {
            writer.WriteLine("case " + Number(group) + ": return __Article" + Number(group) + "(index);");
        }

        writer.WriteLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.CloseBlock();
        writer.CloseBlock();
        for (var group = 0; group < groups; group++)
        {
            writer.WriteLine();
            writer.OpenBlock("private static " + ArticleType + " __Article" + Number(group) + "(int index)");
            writer.OpenBlock("switch (index)");
            for (var i = group * CasesPerSwitch; i < System.Math.Min(count, (group + 1) * CasesPerSwitch); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.WriteLine("case " + Number(i) + ": return " + layout.Articles[i].MemberName + ";");
            }

            writer.WriteLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.CloseBlock();
            writer.CloseBlock();
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteNumbers(SourceWriter writer, int[] numbers)
    {
        const int PerLine = 16;
        for (var start = 0; start < numbers.Length; start += PerLine)
        {
            var line = new System.Text.StringBuilder();
            for (var i = start; i < System.Math.Min(numbers.Length, start + PerLine); i++)
            {
                line.Append(numbers[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(", ");
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    public static string HintName(CorpusLayout layout) => layout.Corpus.Type.FullName + ".g.cs";

    public static string Emit(CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var writer = new SourceWriter();
        var classDocumentation = layout.Corpus.IsDefault
            ? "The articles compiled" + FolderPhrase(layout.Corpus.FolderSetting) + ": one property per article, <see cref=\"All\"/>, <see cref=\"Find(string)\"/> and <see cref=\"QuotesBy(string)\"/>."
            : null;
        CorpusTypeScaffold.Open(writer, layout.Corpus.Type, classDocumentation, style);

        writer.WriteLine("private static " + style.Nullable(ListType) + " __field_All;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Gets every article of the corpus, in ordinal order of file name.</summary>");
        writer.WriteLine("public static " + ListType + " All => __field_All"
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref __field_All, __create_All(), null) ?? __field_All" + style.NotNull + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Finds an article by its id: its path relative to the corpus folder, without extension, with '/' separators.</summary>");
        writer.WriteLine("/// <param name=\"id\">The article id, such as <c>politics/budget-vote</c>; compared ordinally.</param>");
        writer.WriteLine("/// <returns>The article, or <see langword=\"null\"/> when the corpus has no article with that id.</returns>");
        writer.OpenBlock("public static " + style.Nullable(ArticleType) + " Find(string id)");
        writer.OpenBlock("if (id is null)");
        writer.WriteLine("throw new global::System.ArgumentNullException(nameof(id));");
        writer.CloseBlock();
        writer.WriteLine();
        // Ids sorted ordinally for a binary search: a string switch over thousands of ids costs the compiler minutes.
        writer.WriteLine("var index = global::System.Array.BinarySearch(__Ids.Sorted, id, global::System.StringComparer.Ordinal);");
        writer.WriteLine("return index < 0 ? null : __Article(__Ids.Articles[index]);");
        writer.CloseBlock();
        writer.WriteLine();
        var byId = new int[layout.Articles.Count];
        for (var i = 0; i < byId.Length; i++)
        {
            byId[i] = i;
        }

        System.Array.Sort(byId, (left, right) => string.CompareOrdinal(layout.Articles[left].Id, layout.Articles[right].Id));
        // In a class of their own, so the tables are built on the first Find, not on the first article read.
        writer.OpenBlock("private static class __Ids");
        writer.WriteLine("public static readonly string[] Sorted =");
        writer.OpenBlock();
        foreach (var index in byId)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLiteralLine(layout.Articles[index].Id, ",");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("public static readonly int[] Articles =");
        writer.OpenBlock();
        WriteNumbers(writer, byId);
        writer.CloseBlock(";");
        writer.CloseBlock();
        writer.WriteLine();
        WriteArticleSwitch(writer, layout, cancellationToken);
        writer.WriteLine();
        writer.WriteLine("private static " + style.Nullable("global::CorpusGen.SpeakerIndex") + " __field_SpeakerIndex;");
        writer.WriteLine();
        writer.WriteLine("private static global::CorpusGen.SpeakerIndex __SpeakerIndex => __field_SpeakerIndex"
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref __field_SpeakerIndex, new global::CorpusGen.SpeakerIndex(All), null) ?? __field_SpeakerIndex" + style.NotNull + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Gets everyone quoted in the corpus, in ordinal order of name, each with their quotes across articles.</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Speaker> Speakers => __SpeakerIndex.Speakers;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Returns the quotes attributed to a speaker across the corpus, in corpus order.</summary>");
        writer.WriteLine("/// <param name=\"speaker\">The canonical speaker name, such as <c>Vladimir Putin</c>; compared ignoring case.</param>");
        writer.WriteLine("/// <returns>The speaker's quotes; empty when the corpus quotes no one by that name.</returns>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Quote> QuotesBy(string speaker) => __SpeakerIndex.QuotesBy(speaker);");
        writer.WriteLine();
        writer.WriteLine("private static " + ArticleType + " " + PublishHelper + "(ref " + style.Nullable(ArticleType) + " field, " + ArticleType + " created) => global::System.Threading.Interlocked.CompareExchange(ref field, created, null) ?? created;");
        writer.WriteLine();
        writer.WriteLine(style.Utf8Literals
            ? "private static string " + DecodeHelper + "(global::System.ReadOnlySpan<byte> text, int start, int length) => global::System.Text.Encoding.UTF8.GetString(text.Slice(start, length));"
            : "private static string " + DecodeHelper + "(string text, int start, int length) => text.Substring(start, length);");
        writer.WriteLine();
        writer.WriteLine(style.Utf8Literals
            ? "private static int[] " + LayoutHelper + "(global::System.ReadOnlySpan<byte> numbers)"
            : "private static int[] " + LayoutHelper + "(string numbers)");
        writer.OpenBlock();
        writer.WriteLine("var count = numbers.Length == 0 ? 0 : 1;");
        writer.OpenBlock("foreach (var c in numbers)");
        writer.WriteLine("count += c == ',' ? 1 : 0;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var layout = new int[count];");
        writer.WriteLine("int index = 0, value = 0, sign = 1;");
        writer.OpenBlock("foreach (var c in numbers)");
        writer.OpenBlock("if (c == ',')");
        writer.WriteLine("layout[index++] = sign * value;");
        writer.WriteLine("value = 0;");
        writer.WriteLine("sign = 1;");
        writer.CloseBlock();
        writer.OpenBlock("else if (c == '-')");
        writer.WriteLine("sign = -1;");
        writer.CloseBlock();
        writer.OpenBlock("else");
        writer.WriteLine("value = (value * 10) + (c - '0');");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("if (count > 0)");
        writer.WriteLine("layout[index] = sign * value;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return layout;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("private static " + ListType + " __create_All()");
        writer.WriteLine("var articles = new " + ArticleType + "[" + layout.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
        writer.OpenBlock("for (var i = 0; i < articles.Length; i++)");
        writer.WriteLine("articles[i] = __Article(i);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return new global::System.Collections.ObjectModel.ReadOnlyCollection<" + ArticleType + ">(articles);");
        writer.CloseBlock();
        CorpusTypeScaffold.Close(writer);
        return writer.ToString();
    }
}
