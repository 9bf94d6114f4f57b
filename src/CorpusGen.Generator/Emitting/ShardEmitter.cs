using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Emits one shard's file: a class holding consecutive articles' compiled data as one UTF-8 literal
/// (a string literal before C# 11), followed by a packed table of where each article and its layout start and
/// which file of the embedded text holds the rest of its text.
/// </summary>
internal static class ShardEmitter
{
    /// <summary>Numbers in the shard's table for each article: its start, its layout's start, its file's slot plus one.</summary>
    public const int TableNumbersPerArticle = 3;

    public static string HintName(ShardSpec shard) => shard.Type.FullName + ".Shard-" + Number(shard.Number) + ".g.cs";

    public static string Emit(ShardSpec shard, CodeStyle style, CancellationToken cancellationToken)
    {
        var pieces = new List<string>(shard.Articles.Count + 1);
        var table = new List<int>((TableNumbersPerArticle * shard.Articles.Count) + 2);
        var units = 0;
        foreach (var spec in shard.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = ArticleCompiler.Compile(spec, style, cancellationToken);
            table.Add(units);
            table.Add(units + article.TextUnits);
            table.Add(article.FileSlot + 1);
            pieces.Add(article.Data);
            units += article.Units;
        }

        // Last: each article's start, the start of its layout and its file's slot plus one (0 for none), the end of
        // the last article, and the count, packed.
        table.Add(units);
        table.Add(shard.Articles.Count);
        pieces.Add(PackedNumbers.Of(table));

        var first = shard.Number * ShardSpec.ArticlesPerShard;
        var length = EstimateLength(pieces);
        var writer = new SourceWriter(length + (length / 8) + 1024);
        CorpusTypeScaffold.WriteFileHeader(writer, style);
        writer.OpenBlock("namespace " + ArticleDataNames.Namespace);
        writer.WriteLine("/// <summary>Articles " + Number(first) + " to " + Number(first + shard.Articles.Count - 1) + " of <c>"
            + XmlDocText.Of(shard.Type.FullName) + "</c>: their text and layout, computed at compile time.</summary>");
        writer.WriteLine(CorpusTypeScaffold.GeneratedCodeAttribute);
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal static class " + ArticleDataNames.ShardClass(shard.Type, shard.Number));
        writer.WriteLine(style.Utf8Literals ? "internal static global::System.ReadOnlySpan<byte> Data =>" : "internal const string Data =");
        writer.Indent();
        writer.WriteLiteralLine(pieces, style.Utf8Literals ? "u8;" : ";");
        writer.Unindent();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static int EstimateLength(List<string> pieces)
    {
        var length = 16 + (pieces.Count * 8);
        foreach (var piece in pieces)
        {
            length += piece.Length;
        }

        return length;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
