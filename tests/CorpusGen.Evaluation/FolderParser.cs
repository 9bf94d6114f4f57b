using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Evaluation;

/// <summary>Parses every .txt file below a folder with the generator's parser, decoding bytes as the compiler does for it.</summary>
internal static class FolderParser
{
    private static readonly string[] ParagraphBreak = { "\n\n" };

    /// <summary>The articles, keyed by file name (score.py matches a gold file by its name alone).</summary>
    public static Dictionary<string, PredictedArticle> Parse(string folder)
    {
        var articles = new Dictionary<string, PredictedArticle>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            articles[name] = ToPrediction(name, ArticleParser.Parse(Decode(File.ReadAllBytes(path))));
        }

        return articles;
    }

    public static PredictedArticle ToPrediction(string fileName, ParsedArticle parsed)
        => new(
            fileName,
            parsed.Headline,
            parsed.Paragraphs.ToList(),
            parsed.Quotes.SelectMany(Entries).ToList());

    /// <summary>A quote over several paragraphs is one entry per paragraph, as the reader's --json writes it and the annotation guide counts quotes.</summary>
    private static IEnumerable<PredictedQuote> Entries(ParsedQuote quote)
    {
        var parts = quote.EndParagraphIndex > quote.ParagraphIndex ? quote.Text.Split(ParagraphBreak, StringSplitOptions.None) : new[] { quote.Text };
        return parts.Select(part => new PredictedQuote(part, quote.Speaker, quote.Kind == ParsedQuoteKind.Direct ? "direct" : "phrase", AttributionName(quote.Attribution), quote.Sieve ?? "none"));
    }

    /// <summary>The names the reader sample's --json gives attributions.</summary>
    public static string AttributionName(ParsedAttribution attribution) => attribution switch
    {
        ParsedAttribution.Beside => "beside",
        ParsedAttribution.ReportingVerb => "reporting-verb",
        ParsedAttribution.Pronoun => "pronoun",
        ParsedAttribution.Role => "role",
        ParsedAttribution.Continuation => "continuation",
        _ => "none",
    };

    /// <summary>UTF-8, with or without a byte order mark, and U+FFFD for bytes that are not: what the compiler gives the generator.</summary>
    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }
}
