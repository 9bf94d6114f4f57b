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
        writer.OpenBlock("switch (id)");
        foreach (var entry in layout.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine("case " + CSharpLiteral.Of(entry.Id) + ": return " + entry.MemberName + ";");
        }

        writer.WriteLine("default: return null;");
        writer.CloseBlock();
        writer.CloseBlock();
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
        writer.OpenBlock("private static " + ListType + " __create_All()");
        writer.WriteLine("var articles = new " + ArticleType + "[" + layout.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
        for (var i = 0; i < layout.Articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine("articles[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] = " + layout.Articles[i].MemberName + ";");
        }

        writer.WriteLine("return new global::System.Collections.ObjectModel.ReadOnlyCollection<" + ArticleType + ">(articles);");
        writer.CloseBlock();
        CorpusTypeScaffold.Close(writer);
        return writer.ToString();
    }
}
