using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Tasks;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Does in memory what CorpusGen.targets does on disk: writes the articles' text and its index as the build task
/// does, passes the index to the generator as an additional file named by <c>CorpusGenTextIndex</c>, and embeds
/// the text as the manifest resource.
/// </summary>
internal sealed class EmbeddedTextBuild
{
    public const string IndexPath = GeneratorHarness.ProjectDirectory + "/obj/CorpusGen.ArticleText.index";

    private EmbeddedTextBuild(byte[] textFile, string index)
    {
        TextFile = textFile;
        Index = index;
    }

    public byte[] TextFile { get; }

    public string Index { get; }

    /// <summary>The text file and index the build task writes for these files, given as their bytes on disk.</summary>
    public static EmbeddedTextBuild Of(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        var (text, index) = PackArticleText.Pack(files.Select(file => (file.Path, (byte[]?)file.Bytes)));
        return new EmbeddedTextBuild(text(), index);
    }

    /// <summary>The same for articles given as text, written as UTF-8 files.</summary>
    public static EmbeddedTextBuild Of(IEnumerable<AdditionalText> articles)
        => Of(articles.Select(article => (article.Path, Encoding.UTF8.GetBytes(article.GetText()!.ToString()))));

    public AdditionalText IndexText => new InMemoryAdditionalText(IndexPath, Index);

    public Dictionary<string, string> Options(string folder = "seeds")
    {
        var options = GeneratorHarness.DefaultOptions(folder);
        options["build_property.CorpusGenTextIndex"] = IndexPath;
        return options;
    }

    public ResourceDescription[] Resources
        => new[] { new ResourceDescription("CorpusGen.ArticleText", () => new MemoryStream(TextFile), isPublic: true) };
}
