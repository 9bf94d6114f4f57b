using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusGen;

namespace CorpusReader;

/// <summary>Writes the corpus as JSON from the generated objects.</summary>
internal static class CorpusJsonWriter
{
    private static readonly string[] ParagraphBreak = { "\n\n" };

    public static void Write(Stream output, IEnumerable<Article> articles)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(output, options);
        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            writer.WriteStartObject();
            writer.WriteString("id", article.Id);
            writer.WriteString("file", article.FileName);
            writer.WriteString("headline", article.Headline);
            writer.WriteStartArray("paragraphs");
            foreach (var paragraph in article.Paragraphs)
            {
                writer.WriteStringValue(paragraph.Text);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in article.Quotes)
            {
                WriteQuote(writer, quote);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>
    /// Writes a quote; a quote over several paragraphs is written as one entry per paragraph, each with that
    /// paragraph's part of the text, as the evaluation's annotation guide counts quotes.
    /// </summary>
    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        var parts = quote.EndParagraphIndex > quote.ParagraphIndex ? quote.Text.Split(ParagraphBreak, StringSplitOptions.None) : new[] { quote.Text };
        for (var part = 0; part < parts.Length; part++)
        {
            writer.WriteStartObject();
            writer.WriteString("text", parts[part]);
            writer.WriteString("speaker", quote.Speaker);
            writer.WriteString("kind", quote.Kind == QuoteKind.Direct ? "direct" : "phrase");
            writer.WriteString("attribution", AttributionName(quote.Attribution));
            writer.WriteNumber("paragraph", quote.ParagraphIndex + part);
            writer.WriteEndObject();
        }
    }

    private static string AttributionName(QuoteAttribution attribution) => attribution switch
    {
        QuoteAttribution.Beside => "beside",
        QuoteAttribution.ReportingVerb => "reporting-verb",
        QuoteAttribution.Pronoun => "pronoun",
        QuoteAttribution.Role => "role",
        QuoteAttribution.Continuation => "continuation",
        _ => "none",
    };
}
