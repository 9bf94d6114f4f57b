using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Hand-checked annotations of articles, read from <c>Gold/*.gold.json</c>.</summary>
internal sealed record GoldCorpus([property: JsonPropertyName("articles")] IReadOnlyList<GoldArticle> Articles)
{
    public static GoldCorpus Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Gold", fileName);
        return JsonSerializer.Deserialize<GoldCorpus>(File.ReadAllText(path))
            ?? throw new InvalidDataException("Empty gold file: " + path);
    }
}

internal sealed record GoldArticle(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("headline")] string? Headline,
    [property: JsonPropertyName("byline")] string? Byline,
    [property: JsonPropertyName("paragraphs")] int Paragraphs,
    [property: JsonPropertyName("quotes")] IReadOnlyList<GoldQuote> Quotes);

internal sealed record GoldQuote(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("paragraph")] int Paragraph);
