using System.Globalization;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Emits a corpus class: one property per article, <c>All</c> in ordinal file-name order,
/// <c>Find(id)</c>, <c>Speakers</c> and <c>QuotesBy(name)</c>, and the helper class that creates each
/// article once from its shard. Depends on article names and summaries, never on the rest of their text.
/// </summary>
internal static class CorpusIndexEmitter
{
    private const string ArticleType = "global::CorpusGen.Article";
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList<" + ArticleType + ">";

    /// <summary>Cases per switch when looking a shard up by number: one switch over thousands costs the compiler minutes.</summary>
    private const int CasesPerSwitch = 128;

    public static string HintName(CorpusIndexSpec spec) => spec.Layout.Corpus.Type.FullName + ".g.cs";

    public static string Emit(CorpusIndexSpec spec, CodeStyle style, SourcePathMap pathMap, CancellationToken cancellationToken)
    {
        var layout = spec.Layout;
        var writer = new SourceWriter(4096 + (layout.Articles.Count * 300));
        var classDocumentation = layout.Corpus.IsDefault
            ? "The articles compiled" + FolderPhrase(layout.Corpus.FolderSetting) + ": one property per article, <see cref=\"All\"/>, <see cref=\"Find(string)\"/> and <see cref=\"QuotesBy(string)\"/>."
            : null;
        CorpusTypeScaffold.Open(writer, layout.Corpus.Type, classDocumentation, style);
        WriteArticleProperties(writer, spec, style, pathMap, cancellationToken);
        WriteAll(writer, layout, style);
        WriteFind(writer, layout, style, cancellationToken);
        WriteSpeakers(writer, layout, style);
        CorpusTypeScaffold.Close(writer);
        writer.WriteLine();
        WriteHelperClass(writer, layout, style, cancellationToken);
        return writer.ToString();
    }

    private static void WriteArticleProperties(SourceWriter writer, CorpusIndexSpec spec, CodeStyle style, SourcePathMap pathMap, CancellationToken cancellationToken)
    {
        var helper = Helper(spec.Layout);
        for (var i = 0; i < spec.Layout.Articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = spec.Layout.Articles[i];
            writer.WriteLine("/// <summary>" + XmlDocText.Of(spec.Summaries[i]) + "</summary>");
            writer.WriteLine("/// <remarks>Article <c>" + XmlDocText.Of(entry.Id) + "</c>, compiled from <c>" + XmlDocText.Of(entry.FileName) + "</c>.</remarks>");
            var declaration = "public static " + ArticleType + " ";
            var body = "=> " + helper + ".Get(" + Number(i) + ");";

            // The property's name is mapped to the article's headline in its file; its body stays in generated code.
            var directive = LineDirectives.MapNextLine(pathMap.Apply(entry.Path), spec.SummarySpans[i], writer.IndentWidth + declaration.Length + 1, style);
            if (directive is null)
            {
                writer.WriteLine(declaration + entry.MemberName + " " + body);
            }
            else
            {
                writer.WriteLine(directive);
                writer.WriteLine(declaration + entry.MemberName);
                writer.WriteLine(LineDirectives.Default);
                writer.Indent();
                writer.WriteLine(body);
                writer.Unindent();
            }

            writer.WriteLine();
        }
    }

    private static void WriteAll(SourceWriter writer, CorpusLayout layout, CodeStyle style)
    {
        writer.WriteLine("private static " + style.Nullable(ListType) + " __field_All;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Gets every article of the corpus, in ordinal order of file name.</summary>");
        writer.WriteLine("public static " + ListType + " All => __field_All"
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref __field_All, __CreateAll(), null) ?? __field_All" + style.NotNull + ";");
        writer.WriteLine();
        writer.OpenBlock("private static " + ListType + " __CreateAll()");
        writer.WriteLine("var articles = new " + ArticleType + "[" + Helper(layout) + ".Count];");
        writer.OpenBlock("for (var i = 0; i < articles.Length; i++)");
        writer.WriteLine("articles[i] = " + Helper(layout) + ".Get(i);");
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
        writer.WriteLine("[global::CorpusGen.CompiledLookup(global::CorpusGen.CompiledLookupKind.ArticleId, __Ids.Values, Members = __Ids.Members)]");
        writer.OpenBlock("public static " + style.Nullable(ArticleType) + " Find(string id)");
        writer.OpenBlock("if (id is null)");
        writer.WriteLine("throw new global::System.ArgumentNullException(nameof(id));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var index = global::System.Array.BinarySearch(__Ids.Sorted, id, global::System.StringComparer.Ordinal);");
        writer.WriteLine("return index < 0 ? null : " + Helper(layout) + ".Get(__Ids.Article(index));");
        writer.CloseBlock();
        writer.WriteLine();

        // Ids in ordinal order for a binary search, in one literal split on the first Find, and the article of each as
        // packed numbers read in place: a switch over thousands of strings, or an array initializer of thousands of
        // elements, costs the compiler minutes.
        var byId = new int[layout.Articles.Count];
        for (var i = 0; i < byId.Length; i++)
        {
            byId[i] = i;
        }

        System.Array.Sort(byId, (left, right) => string.CompareOrdinal(layout.Articles[left].Id, layout.Articles[right].Id));
        var ids = new StringBuilder();
        var members = new StringBuilder();
        foreach (var index in byId)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // No path and no member name holds a NUL character, so it separates them.
            var separator = ids.Length == 0 ? string.Empty : "\0";
            ids.Append(separator).Append(layout.Articles[index].Id);
            members.Append(separator).Append(layout.Articles[index].MemberName);
        }

        // The ids and their members are constants so that Find's CompiledLookup attribute, which the usage analyzer reads, can name them.
        writer.OpenBlock("private static class __Ids");
        writer.WriteLine("internal const string Values = " + CSharpLiteral.Of(ids.ToString()) + ";");
        writer.WriteLine();
        writer.WriteLine("internal const string Members = " + CSharpLiteral.Of(members.ToString()) + ";");
        writer.WriteLine();
        writer.WriteLine("public static readonly string[] Sorted = " + (byId.Length == 0 ? "new string[0];" : "Values.Split('\\0');"));
        writer.WriteLine();
        writer.WriteLine("private const string Articles = " + CSharpLiteral.Of(PackedNumbers.Of(byId)) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The article whose id is number <paramref name=\"index\"/> of <see cref=\"Sorted\"/>: a packed number, read in place.</summary>");
        writer.OpenBlock("public static int Article(int index)");
        writer.WriteLine("var i = index * " + Number(PackedNumbers.Width) + ";");
        writer.WriteLine("return " + PackedNumbers.ReadExpression("Articles", "i") + ";");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteSpeakers(SourceWriter writer, CorpusLayout layout, CodeStyle style)
    {
        var speakers = ArticleDataNames.Qualified(SpeakerIndexEmitter.ClassName(layout.Corpus.Type));
        writer.WriteLine("private static " + style.Nullable("global::CorpusGen.SpeakerIndex") + " __field_SpeakerIndex;");
        writer.WriteLine();
        writer.WriteLine("private static global::CorpusGen.SpeakerIndex __SpeakerIndex => __field_SpeakerIndex"
            + " ?? global::System.Threading.Interlocked.CompareExchange(ref __field_SpeakerIndex, __CreateSpeakerIndex(), null) ?? __field_SpeakerIndex" + style.NotNull + ";");
        writer.WriteLine();
        writer.WriteLine("private static global::CorpusGen.SpeakerIndex __CreateSpeakerIndex()");
        writer.Indent();
        writer.WriteLine("=> global::CorpusGen.SpeakerIndex.Compiled(" + speakers + ".Count, " + speakers + ".Names, " + speakers + ".QuoteStarts, " + speakers + ".Quotes, "
            + speakers + ".LookupNames, " + speakers + ".LookupSpeakers, " + Helper(layout) + ".Get);");
        writer.Unindent();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Gets everyone quoted in the corpus, in ordinal order of name, each with their quotes across articles.</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Speaker> Speakers => __SpeakerIndex.Speakers;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Returns the quotes attributed to a speaker across the corpus, in corpus order.</summary>");
        writer.WriteLine("/// <param name=\"speaker\">The canonical speaker name, such as <c>Vladimir Putin</c>; compared ignoring case.</param>");
        writer.WriteLine("/// <returns>The speaker's quotes; empty when the corpus quotes no one by that name.</returns>");
        writer.WriteLine("[global::CorpusGen.CompiledLookup(global::CorpusGen.CompiledLookupKind.SpeakerName, " + speakers + ".LookupNames, Suggestions = " + speakers + ".Names)]");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Quote> QuotesBy(string speaker) => __SpeakerIndex.QuotesBy(speaker);");
        writer.WriteLine();
    }

    /// <summary>
    /// A method returning <paramref name="caseValue"/> of its number argument, as a switch over switches of
    /// <see cref="CasesPerSwitch"/> cases each: one switch over thousands of cases costs the compiler minutes.
    /// </summary>
    private static void WriteChunkedSwitch(SourceWriter writer, string returnType, string name, int count, System.Func<int, string> caseValue, CancellationToken cancellationToken)
    {
        var groups = (count + CasesPerSwitch - 1) / CasesPerSwitch;
        writer.WriteLine(OptimizedAttribute);
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
            writer.WriteLine(OptimizedAttribute);
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

    /// <summary>
    /// Creates each article once, on first access, from its shard: the shard's packed table says where the article and
    /// its layout start, the layout's packed numbers are read in place, and text is decoded on use.
    /// </summary>
    private static void WriteHelperClass(SourceWriter writer, CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
    {
        var utf8 = style.Utf8Literals;
        writer.OpenBlock("namespace " + ArticleDataNames.Namespace);
        writer.WriteLine(CorpusTypeScaffold.GeneratedCodeAttribute);
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal static class " + ArticleDataNames.HelperClass(layout.Corpus.Type));
        writer.WriteLine("/// <summary>The number of articles in the corpus.</summary>");
        writer.WriteLine("internal const int Count = " + Number(layout.Articles.Count) + ";");
        writer.WriteLine();
        writer.WriteLine("private const int ArticlesPerShard = " + Number(ShardSpec.ArticlesPerShard) + ";");
        writer.WriteLine();
        writer.WriteLine("private const int NumberWidth = " + Number(PackedNumbers.Width) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The shards' compiled text: their UTF-8 data read in place, or their string literals decoded by range.</summary>");
        writer.WriteLine(utf8
            ? "private static readonly global::CorpusGen.CompiledUtf8Data Text = Data;"
            : "private static readonly global::System.Func<int, int, int, string> Text = Decode;");
        writer.WriteLine();
        writer.WriteLine("private static readonly " + style.Nullable(ArticleType) + "[] Articles = new " + style.Nullable(ArticleType) + "[Count];");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The articles' files as the build embedded them; opened when an article that has one is first read.</summary>");
        writer.WriteLine("private static readonly global::CorpusGen.CorpusTextResource Files = new global::CorpusGen.CorpusTextResource(typeof("
            + ArticleDataNames.HelperClass(layout.Corpus.Type) + ").Assembly, global::CorpusGen.CorpusTextResource.DefaultName);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Article number <paramref name=\"article\"/>, created on first access; every caller gets the same instance.</summary>");
        writer.WriteLine("internal static " + ArticleType + " Get(int article) => global::System.Threading.Volatile.Read(ref Articles[article]) ?? Create(article);");
        writer.WriteLine();
        writer.WriteLine(OptimizedAttribute);
        writer.OpenBlock("private static " + ArticleType + " Create(int article)");
        writer.WriteLine("var shard = article / ArticlesPerShard;");
        writer.WriteLine("var data = Data(shard);");
        writer.WriteLine("var inShard = Number(data, data.Length - NumberWidth, 0);");
        writer.WriteLine("var table = data.Length - (((" + Number(ShardEmitter.TableNumbersPerArticle) + " * inShard) + 2) * NumberWidth);");
        writer.WriteLine("var row = " + Number(ShardEmitter.TableNumbersPerArticle) + " * (article % ArticlesPerShard);");
        writer.WriteLine("var start = Number(data, table, row);");
        writer.WriteLine("var layoutStart = Number(data, table, row + 1);");
        writer.WriteLine("var file = Number(data, table, row + 2) - 1;");
        writer.WriteLine("var trailer = ((Number(data, table, row + " + Number(ShardEmitter.TableNumbersPerArticle) + ") - layoutStart) / NumberWidth) - " + Number(ArticleLayout.TrailerLength) + ";");
        writer.WriteLine("var layout = new int[trailer];");
        writer.OpenBlock("for (var i = 0; i < layout.Length; i++)");
        writer.WriteLine("layout[i] = Number(data, layoutStart, i) - 1;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var text = file < 0 ? new global::CorpusGen.CompiledText(shard, start, Text) : new global::CorpusGen.CompiledText(shard, start, Text, Files, file);");
        writer.WriteLine("var id = text.Decode(Number(data, layoutStart, trailer) - 1, Number(data, layoutStart, trailer + 1) - 1)" + style.NotNull + ";");
        writer.WriteLine("var fileName = text.Decode(Number(data, layoutStart, trailer + 2) - 1, Number(data, layoutStart, trailer + 3) - 1)" + style.NotNull + ";");
        writer.WriteLine("var created = " + ArticleType + ".Compiled(id, fileName, text, layout);");
        writer.WriteLine("return global::System.Threading.Interlocked.CompareExchange(ref Articles[article], created, null) ?? created;");
        writer.CloseBlock();
        writer.WriteLine();
        if (!utf8)
        {
            writer.WriteLine(OptimizedAttribute);
            writer.WriteLine("private static string Decode(int shard, int start, int length) => Data(shard).Substring(start, length);");
            writer.WriteLine();
        }

        WriteDataSwitch(writer, layout, style, cancellationToken);
        writer.WriteLine();
        writer.WriteLine("/// <summary>Packed number <paramref name=\"index\"/> from <paramref name=\"at\"/>: six bits a unit, low bits first, '0' for zero; read in place.</summary>");
        writer.WriteLine(OptimizedAttribute);
        writer.OpenBlock("private static int Number(" + (utf8 ? "global::System.ReadOnlySpan<byte> data" : "string data") + ", int at, int index)");
        writer.WriteLine("var i = at + (index * NumberWidth);");
        writer.WriteLine("return " + PackedNumbers.ReadExpression("data", "i") + ";");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>A shard's compiled data by number.</summary>
    private static void WriteDataSwitch(SourceWriter writer, CorpusLayout layout, CodeStyle style, CancellationToken cancellationToken)
        => WriteChunkedSwitch(
            writer,
            style.Utf8Literals ? "global::System.ReadOnlySpan<byte>" : "string",
            "Data",
            ShardSpec.CountFor(layout.Articles.Count),
            shard => ArticleDataNames.Qualified(ArticleDataNames.ShardClass(layout.Corpus.Type, shard)) + ".Data",
            cancellationToken);

    /// <summary>
    /// Compiles a method fully optimized on first call: what runs once per article or paragraph in a
    /// fresh process would otherwise run unoptimized for its first hundred milliseconds. The option's
    /// value (AggressiveOptimization, .NET Core 3.0 and later) is cast so older targets compile it too.
    /// </summary>
    private const string OptimizedAttribute = "[global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]";

    private static string Helper(CorpusLayout layout) => ArticleDataNames.Qualified(ArticleDataNames.HelperClass(layout.Corpus.Type));

    // A rooted folder is machine-specific: leaving it out keeps output identical on every machine.
    private static string FolderPhrase(string folder)
        => PathNormalizer.IsRooted(folder) || folder.IndexOf("$(", System.StringComparison.Ordinal) >= 0 ? " by CorpusGen" : " from <c>" + XmlDocText.Of(folder) + "</c>";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
