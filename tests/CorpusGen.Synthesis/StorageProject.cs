using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Synthesis;

/// <summary>
/// Writes one of the storage designs weighed in docs/performance.md as an empty console project over a corpus, with
/// no generator, so that a build times only what the compiler does with the data:
/// <c>resources</c> embeds each file as a manifest resource; <c>resources-layout</c> adds every article's real layout
/// as binary data (an <c>int</c> array per 64 articles, read in place); <c>literals-layout</c> holds the text as
/// UTF-8 literals, as the floor does, with the same layouts; <c>resources-packed</c> embeds the files and packs the
/// layouts into a UTF-8 literal, six bits to a printable byte, five bytes to a number, read in place.
/// </summary>
public static class StorageProject
{
    private const int ArticlesPerShard = 64;

    public static int Write(string corpusFolder, string outputFolder, string design)
    {
        if (design is not ("resources" or "resources-layout" or "literals-layout" or "resources-packed"))
        {
            Console.Error.WriteLine("design: resources, resources-layout, literals-layout or resources-packed");
            return 2;
        }

        Directory.CreateDirectory(outputFolder);
        var files = Directory.GetFiles(corpusFolder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var resources = design.StartsWith("resources", StringComparison.Ordinal)
            ? "<ItemGroup><EmbeddedResource Include=\"" + Path.GetFullPath(corpusFolder) + "/**/*.txt\" LogicalName=\"corpus/%(RecursiveDir)%(Filename)%(Extension)\" /></ItemGroup>"
            : string.Empty;
        ConsoleProjectFile.Write(outputFolder, "Storage", resources);

        var program = new StringBuilder("internal static class Program\n{\n    private static int Main() => 0");
        if (design != "resources")
        {
            var shards = (files.Length + ArticlesPerShard - 1) / ArticlesPerShard;
            long numbers = 0;
            for (var shard = 0; shard < shards; shard++)
            {
                var builder = new StringBuilder("internal static class Shard").Append(Number(shard)).Append("\n{\n");
                var layout = new List<int>();
                for (var i = shard * ArticlesPerShard; i < Math.Min(files.Length, (shard + 1) * ArticlesPerShard); i++)
                {
                    var text = File.ReadAllText(files[i]);
                    var name = Path.GetFileNameWithoutExtension(files[i]);
                    layout.AddRange(ArticleLayout.Build(StoredArticle.From(ArticleParser.Parse(text)), new ArticleEntry(files[i], name, name + ".txt", "A" + Number(i)), utf8: true).Numbers);
                    if (design == "literals-layout")
                    {
                        builder.Append("    private static System.ReadOnlySpan<byte> A").Append(Number(i)).Append(" => ");
                        CSharpLiteral.AppendTo(builder, text);
                        builder.Append("u8;\n");
                    }
                }

                numbers += layout.Count;
                if (design == "resources-packed")
                {
                    builder.Append("    internal static System.ReadOnlySpan<byte> Layout => ");
                    CSharpLiteral.AppendTo(builder, PackedNumbers.Of(layout.Select(number => number + 1)));
                    builder.Append("u8;\n}\n");
                }
                else
                {
                    builder.Append("    internal static System.ReadOnlySpan<int> Layout => new int[] { ")
                        .Append(string.Join(", ", layout.Select(Number)))
                        .Append(" };\n}\n");
                }
                File.WriteAllText(Path.Combine(outputFolder, "Shard" + Number(shard) + ".cs"), builder.ToString());
                program.Append(" + Shard").Append(Number(shard)).Append(".Layout.Length");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{numbers} layout numbers in {shards} shards"));
        }

        File.WriteAllText(Path.Combine(outputFolder, "Program.cs"), program.Append(";\n}\n").ToString());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} articles, design {design}, in {outputFolder}"));
        return 0;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
