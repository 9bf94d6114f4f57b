using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CorpusGen.Evaluation;

/// <summary>Writes the parsed articles in the reader sample's --json shape, so that score.py can read the same records.</summary>
internal static class DumpWriter
{
    public static void Write(string path, IEnumerable<PredictedArticle> articles)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            writer.WriteStartObject();
            writer.WriteString("file", article.FileName);
            writer.WriteString("headline", article.Headline);
            writer.WriteStartArray("paragraphs");
            foreach (var paragraph in article.Paragraphs)
            {
                writer.WriteStringValue(paragraph);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in article.Quotes)
            {
                writer.WriteStartObject();
                writer.WriteString("text", quote.Text);
                writer.WriteString("speaker", quote.Speaker);
                writer.WriteString("kind", quote.Kind);
                writer.WriteString("attribution", quote.Attribution);
                writer.WriteString("sieve", quote.Sieve);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
