using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// Each compiled paragraph and quote knows where it starts in its .txt file (line and column from 1), so that a
/// failing fixture test can point at the text. The articles are invented.
/// </summary>
public sealed class ProvenanceTests
{
    private const string Ferry =
        "Ferry timetable changes for winter\n" +
        "\n" +
        "\u201CThe last crossing leaves at nine,\u201D said captain Rhona Baird.\n" +
        "\n" +
        "   Passengers were told: \u201CBook ahead on\n" +
        "weekends.\u201D The harbour office agreed.\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ParagraphsAndQuotesKnowTheirLineAndColumnInTheFileWithAnyLineEnding(string lineEnding)
    {
        var article = Compile(Ferry.Replace("\n", lineEnding, System.StringComparison.Ordinal));

        Assert.Equal([(3, 1), (5, 4)], article.Paragraphs.Select(paragraph => (paragraph.Line, paragraph.Column)));
        Assert.Equal(
            [("The last crossing leaves at nine,", 3, 2), ("Book ahead on weekends.", 5, 27)],
            article.Quotes.Select(quote => (quote.Text, quote.Line, quote.Column)));
    }

    [Fact]
    public void AParagraphOrQuoteCreatedFromStringsHasNoPosition()
    {
        var paragraph = new Paragraph(0, "Text with no file.");
        var quote = new Quote("no file", null, QuoteKind.Direct, 0, 11, 7, 0, QuoteAttribution.None);

        Assert.Equal((0, 0), (paragraph.Line, paragraph.Column));
        Assert.Equal((0, 0), (quote.Line, quote.Column));
    }

    private static Article Compile(string text)
    {
        var outcome = GeneratorHarness.Run([GeneratorHarness.Article("seeds/ferry.txt", text)]);
        Assert.Empty(outcome.CompilationProblems);
        return CompiledCorpus.Property(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus"), "Ferry");
    }
}
