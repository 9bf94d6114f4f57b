using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Benchmarks;

/// <summary>The corpus as a JSON resource would hold it: parsed at build time, deserialized at run time.</summary>
public sealed record JsonCorpus(List<JsonArticle> Articles);

public sealed record JsonArticle(string Id, string? Headline, List<string> Paragraphs, List<JsonQuote> Quotes);

public sealed record JsonQuote(string Text, string? Speaker, string Kind, int Paragraph);

[JsonSerializable(typeof(JsonCorpus))]
public sealed partial class JsonCorpusContext : JsonSerializerContext;

internal static class JsonCorpusResource
{
    /// <summary>The bytes an embedded resource would hold for the corpus.</summary>
    public static byte[] Create(string[] files)
    {
        var articles = files.Select(file =>
        {
            var parsed = ArticleParser.Parse(File.ReadAllText(file));
            return new JsonArticle(
                Path.GetFileNameWithoutExtension(file),
                parsed.Headline,
                parsed.Paragraphs.ToList(),
                parsed.Quotes.Select(quote => new JsonQuote(quote.Text, quote.Speaker, quote.Kind.ToString(), quote.ParagraphIndex)).ToList());
        }).ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new JsonCorpus(articles), JsonCorpusContext.Default.JsonCorpus);
    }
}
