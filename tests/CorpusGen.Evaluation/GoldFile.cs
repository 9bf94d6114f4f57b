using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CorpusGen.Evaluation;

/// <summary>Reads a gold file: a JSON object keyed by file name (../shared/eval/ANNOTATION.md).</summary>
internal static class GoldFile
{
    public static IReadOnlyList<GoldArticle> Read(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<GoldArticle> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var articles = new List<GoldArticle>();
        foreach (var article in document.RootElement.EnumerateObject())
        {
            var headline = article.Value.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            var quotes = article.Value.GetProperty("quotes").EnumerateArray().Select(ReadQuote).ToList();
            var ends = article.Value.TryGetProperty("no_paragraph_ends_with", out var e)
                ? e.EnumerateArray().Select(end => end.GetString()!).ToList()
                : new List<string>();
            articles.Add(new GoldArticle(article.Name, headline, quotes, ends));
        }

        return articles;
    }

    private static GoldQuote ReadQuote(JsonElement quote)
    {
        var speaker = quote.TryGetProperty("speaker", out var s) ? s : default;
        return new GoldQuote(
            quote.GetProperty("text").GetString()!,
            SpeakerAlternatives(speaker),
            quote.TryGetProperty("strict", out var strict) && strict.ValueKind == JsonValueKind.True,
            quote.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "direct" : "direct",
            quote.TryGetProperty("note", out var note) ? note.GetString() : null);
    }

    /// <summary>["kelly"] is one alternative; [["human","rights"],["ihrc"]] is two; null is none.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> SpeakerAlternatives(JsonElement speaker)
    {
        if (speaker.ValueKind != JsonValueKind.Array || speaker.GetArrayLength() == 0)
        {
            return new List<IReadOnlyList<string>>();
        }

        if (speaker[0].ValueKind == JsonValueKind.Array)
        {
            return speaker.EnumerateArray().Select(alternative => (IReadOnlyList<string>)alternative.EnumerateArray().Select(token => token.GetString()!).ToList()).ToList();
        }

        return new List<IReadOnlyList<string>> { speaker.EnumerateArray().Select(token => token.GetString()!).ToList() };
    }
}
