using System.Globalization;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Emits a corpus class: one cached property per article (over the article's data class), <c>All</c>
/// in ordinal file-name order, <c>Find(id)</c>, <c>Speakers</c> and <c>QuotesBy(name)</c>, and the
/// helpers the data classes decode with. Depends on article names only, never on their text.
/// </summary>
internal static class CorpusIndexEmitter
{
    private const string ArticleType = "global::CorpusGen.Article";
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList<" + ArticleType + ">";

    /// <summary>Cases per switch when looking an article up by number: one switch over thousands costs the compiler minutes.</summary>
    private const int CasesPerSwitch = 128;

    public static string HintName(CorpusLayout layout) => layout.Corpus.Type.FullName + ".g.cs";

    public static string Emit(CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var writer = new SourceWriter(4096 + (layout.Articles.Count * 400));
        var classDocumentation = layout.Corpus.IsDefault
            ? "The articles compiled" + FolderPhrase(layout.Corpus.FolderSetting) + ": one property per article, <see cref=\"All\"/>, <see cref=\"Find(string)\"/> and <see cref=\"QuotesBy(string)\"/>."
            : null;
        CorpusTypeScaffold.Open(writer, layout.Corpus.Type, classDocumentation, style);
        WriteArticleProperties(writer, layout, style, cancellationToken);
        WriteAll(writer, style);
        WriteFind(writer, layout, style, cancellationToken);
        WriteSpeakers(writer, style);
        WriteArticleSwitch(writer, layout, cancellationToken);
        CorpusTypeScaffold.Close(writer);
        writer.WriteLine();
        WriteHelperClass(writer, layout, style, cancellationToken);
        return writer.ToString();
    }

    private static void WriteArticleProperties(SourceWriter writer, CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var helper = ArticleDataNames.Qualified(ArticleDataNames.HelperClass(layout.Corpus.Type));
        for (var i = 0; i < layout.Articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = layout.Articles[i];
            var field = "__field_" + entry.MemberName;
            var data = ArticleDataNames.Qualified(ArticleDataNames.DataClass(layout.Corpus.Type, entry.MemberName));
            writer.WriteLine("private static " + style.Nullable(ArticleType) + " " + field + ";");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc cref=\"" + data + "\"/>");
            writer.WriteLine("public static " + ArticleType + " " + entry.MemberName + " => " + field + " ?? " + helper + ".Create(ref " + field + ", " + Number(i) + ");");
            writer.WriteLine();
        }
    }

    private static void WriteAll(SourceWriter writer, CodeStyle style)
    {
        writer.WriteLine("private static " + style.Nullable(ListType) + " __field_All;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Gets every article of the corpus, in ordinal order of file name.</summary>");
        writer.WriteLine("public static " + ListType + " All => __field_All"
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref __field_All, __CreateAll(), null) ?? __field_All" + style.NotNull + ";");
        writer.WriteLine();
        writer.OpenBlock("private static " + ListType + " __CreateAll()");
        writer.WriteLine("var articles = new " + ArticleType + "[__ArticleCount];");
        writer.OpenBlock("for (var i = 0; i < articles.Length; i++)");
        writer.WriteLine("articles[i] = __Article(i);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return new global::System.Collections.ObjectModel.ReadOnlyCollection<" + ArticleType + ">(articles);");
        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteFind(SourceWriter writer, CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        writer.WriteLine("/// <summary>Finds an article by its id: its path relative to the corpus folder, without extension, with '/' separators.</summary>");
        writer.WriteLine("/// <param name=\"id\">The article id, such as <c>politics/budget-vote</c>; compared ordinally.</param>");
        writer.WriteLine("/// <returns>The article, or <see langword=\"null\"/> when the corpus has no article with that id.</returns>");
        writer.OpenBlock("public static " + style.Nullable(ArticleType) + " Find(string id)");
        writer.OpenBlock("if (id is null)");
        writer.WriteLine("throw new global::System.ArgumentNullException(nameof(id));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var index = global::System.Array.BinarySearch(__Ids.Sorted, id, global::System.StringComparer.Ordinal);");
        writer.WriteLine("return index < 0 ? null : __Article(__Ids.Articles[index]);");
        writer.CloseBlock();
        writer.WriteLine();

        // Ids in ordinal order for a binary search, as two literals split on the first Find: a switch over
        // thousands of strings, or an array initializer of thousands of elements, costs the compiler minutes.
        var byId = new int[layout.Articles.Count];
        for (var i = 0; i < byId.Length; i++)
        {
            byId[i] = i;
        }

        System.Array.Sort(byId, (left, right) => string.CompareOrdinal(layout.Articles[left].Id, layout.Articles[right].Id));
        var ids = new StringBuilder();
        var numbers = new StringBuilder();
        foreach (var index in byId)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // No path holds a NUL character, so it separates ids.
            ids.Append(numbers.Length == 0 ? string.Empty : "\0").Append(layout.Articles[index].Id);
            numbers.Append(numbers.Length == 0 ? string.Empty : ",").Append(Number(index));
        }

        writer.OpenBlock("private static class __Ids");
        writer.WriteLine("public static readonly string[] Sorted = " + (byId.Length == 0 ? "new string[0];" : CSharpLiteral.Of(ids.ToString()) + ".Split('\\0');"));
        writer.WriteLine();
        writer.WriteLine("public static readonly int[] Articles = " + (byId.Length == 0 ? "new int[0];"
            : "global::System.Array.ConvertAll(" + CSharpLiteral.Of(numbers.ToString()) + ".Split(','), number => int.Parse(number, global::System.Globalization.CultureInfo.InvariantCulture));"));
        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteSpeakers(SourceWriter writer, CodeStyle style)
    {
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
    }

    /// <summary>Article by number, through the article's property (so it is created once).</summary>
    private static void WriteArticleSwitch(SourceWriter writer, CorpusLayout layout, CancellationToken cancellationToken)
    {
        writer.WriteLine("private const int __ArticleCount = " + Number(layout.Articles.Count) + ";");
        writer.WriteLine();
        WriteChunkedSwitch(writer, ArticleType, "__Article", layout.Articles.Count, i => layout.Articles[i].MemberName, cancellationToken);
    }

    /// <summary>
    /// A method returning <paramref name="caseValue"/> of its number argument, as a switch over switches of
    /// <see cref="CasesPerSwitch"/> cases each: one switch over thousands of cases costs the compiler minutes.
    /// </summary>
    private static void WriteChunkedSwitch(SourceWriter writer, string returnType, string name, int count, System.Func<int, string> caseValue, CancellationToken cancellationToken)
    {
        var groups = (count + CasesPerSwitch - 1) / CasesPerSwitch;
        writer.OpenBlock("private static " + returnType + " " + name + "(int index)");
        writer.OpenBlock("switch (index / " + Number(CasesPerSwitch) + ")");
        for (var group = 0; group < groups; group++)
        {
            writer.WriteLine("case " + Number(group) + ": return " + name + Number(group) + "(index);");
        }

        writer.WriteLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.CloseBlock();
        writer.CloseBlock();
        for (var group = 0; group < groups; group++)
        {
            writer.WriteLine();
            writer.OpenBlock("private static " + returnType + " " + name + Number(group) + "(int index)");
            writer.OpenBlock("switch (index)");
            for (var i = group * CasesPerSwitch; i < System.Math.Min(count, (group + 1) * CasesPerSwitch); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.WriteLine("case " + Number(i) + ": return " + caseValue(i) + ";");
            }

            writer.WriteLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.CloseBlock();
            writer.CloseBlock();
        }
    }

    /// <summary>What every article's data class decodes with: text ranges, and the layout after the last separator.</summary>
    private static void WriteHelperClass(SourceWriter writer, CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var data = style.Utf8Literals ? "global::System.ReadOnlySpan<byte> data" : "string data";
        writer.OpenBlock("namespace " + ArticleDataNames.Namespace);
        writer.WriteLine(CorpusTypeScaffold.GeneratedCodeAttribute);
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal static class " + ArticleDataNames.HelperClass(layout.Corpus.Type));
        writer.WriteLine("private static readonly global::System.Func<int, int, int, string> Decoder = Decode;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates article number <paramref name=\"article\"/> once; every caller gets the instance stored in <paramref name=\"field\"/>.</summary>");
        writer.OpenBlock("internal static " + ArticleType + " Create(ref " + style.Nullable(ArticleType) + " field, int article)");
        writer.WriteLine("var layout = Layout(Data(article));");
        writer.WriteLine("var trailer = layout.Length - " + Number(ArticleLayout.TrailerLength) + ";");
        writer.WriteLine("var id = Decode(article, layout[trailer], layout[trailer + 1]);");
        writer.WriteLine("var fileName = Decode(article, layout[trailer + 2], layout[trailer + 3]);");
        writer.WriteLine("global::System.Array.Resize(ref layout, trailer);");
        writer.WriteLine("var created = " + ArticleType + ".Compiled(id, fileName, new global::CorpusGen.CompiledText(article, Decoder), layout);");
        writer.WriteLine("return global::System.Threading.Interlocked.CompareExchange(ref field, created, null) ?? created;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine(style.Utf8Literals
            ? "private static string Decode(int article, int start, int length) => global::System.Text.Encoding.UTF8.GetString(Data(article).Slice(start, length));"
            : "private static string Decode(int article, int start, int length) => Data(article).Substring(start, length);");
        writer.WriteLine();
        WriteDataSwitch(writer, layout, style, cancellationToken);
        writer.WriteLine();
        writer.OpenBlock("private static int[] Layout(" + data + ")");
        writer.WriteLine(style.Utf8Literals
            ? "var first = global::System.MemoryExtensions.LastIndexOf(data, (byte)'" + ArticleEmitter.LayoutSeparator + "') + 1;"
            : "var first = data.LastIndexOf('" + ArticleEmitter.LayoutSeparator + "') + 1;");
        writer.WriteLine("var count = 1;");
        writer.OpenBlock("for (var i = first; i < data.Length; i++)");
        writer.WriteLine("count += data[i] == ',' ? 1 : 0;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var layout = new int[count];");
        writer.WriteLine("int index = 0, value = 0, sign = 1;");
        writer.OpenBlock("for (var i = first; i < data.Length; i++)");
        writer.OpenBlock("switch (data[i])");
        writer.WriteLine("case (" + (style.Utf8Literals ? "byte" : "char") + ")',': layout[index++] = sign * value; value = 0; sign = 1; break;");
        writer.WriteLine("case (" + (style.Utf8Literals ? "byte" : "char") + ")'-': sign = -1; break;");
        writer.WriteLine("default: value = (value * 10) + (data[i] - '0'); break;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("layout[index] = sign * value;");
        writer.WriteLine("return layout;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>An article's compiled data by number.</summary>
    private static void WriteDataSwitch(SourceWriter writer, CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
        => WriteChunkedSwitch(
            writer,
            style.Utf8Literals ? "global::System.ReadOnlySpan<byte>" : "string",
            "Data",
            layout.Articles.Count,
            i => ArticleDataNames.Qualified(ArticleDataNames.DataClass(layout.Corpus.Type, layout.Articles[i].MemberName)) + ".Data",
            cancellationToken);

    // A rooted folder is machine-specific: leaving it out keeps output identical on every machine.
    private static string FolderPhrase(string folder)
        => PathNormalizer.IsRooted(folder) || folder.IndexOf("$(", System.StringComparison.Ordinal) >= 0 ? " by CorpusGen" : " from <c>" + XmlDocText.Of(folder) + "</c>";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
