using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing.Attribution;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Turns an article's text into its model: headline, paragraphs, quotes with speakers, word count
/// and problems. Plain C# with no Roslyn types, so it can be tested and reused on its own.
/// </summary>
internal static class ArticleParser
{
    public static ParsedArticle Parse(string text, CancellationToken cancellationToken = default)
    {
        var problems = new List<ParseProblem>();
        if (CharacterCheck.IsBinary(text, out var binaryAt))
        {
            problems.Add(new ParseProblem(ParseProblemKind.BinaryContent, binaryAt, 2));
            return Empty(problems);
        }

        CharacterCheck.Find(text, problems, cancellationToken);
        var normalized = NormalizedText.From(text, cancellationToken);
        var blocks = BlockReader.Read(normalized.Text, cancellationToken);
        if (blocks.Count == 0)
        {
            problems.Add(new ParseProblem(ParseProblemKind.EmptyArticle, 0, 0));
            return Empty(problems);
        }

        string? headline = null;
        string? byline = null;
        IReadOnlyList<TextBlock> body = blocks;
        if (blocks.Count > 1 && BylineDetector.ReadOpening(blocks[0]) is { } openingByline)
        {
            // An article that opens on its byline has no headline.
            byline = openingByline;
            body = blocks.Skip(1).ToList();
            problems.Add(Problem(ParseProblemKind.MissingHeadline, normalized, blocks[0].Start, blocks[0].Text.Length));
        }
        else if (HeadlineDetector.IsHeadline(blocks[0], hasBody: blocks.Count > 1))
        {
            headline = blocks[0].Text;
            byline = BylineDetector.Read(blocks[1]);
            body = blocks.Skip(byline is null ? 1 : 2).ToList();
        }
        else
        {
            problems.Add(Problem(ParseProblemKind.MissingHeadline, normalized, blocks[0].Start, blocks[0].Text.Length));
        }

        var assembler = ParagraphAssembler.Assemble(body, cancellationToken);
        foreach (var mark in assembler.UnclosedMarks)
        {
            problems.Add(Problem(ParseProblemKind.UnclosedQuote, normalized, mark, 1));
        }

        var quotes = SpeakerResolver.Resolve(assembler.Paragraphs, cancellationToken);
        var paragraphs = assembler.Paragraphs.Select(paragraph => paragraph.Text).ToEquatableArray();
        var wordCount = paragraphs.Sum(WordCounter.Count);
        problems.Sort(InTextOrder);

        // Where each paragraph and quote starts in the file, and the text the article's property points at.
        var lines = LineIndex.Of(text);
        SourcePosition At(AssembledParagraph paragraph, int offset) => lines.PositionOf(normalized.ToOriginal(paragraph.ToNormalized(offset)));
        var paragraphPositions = assembler.Paragraphs.Select(paragraph => At(paragraph, 0)).ToEquatableArray();
        var placedQuotes = quotes.Select(quote => quote with { Position = At(assembler.Paragraphs[quote.ParagraphIndex], quote.Start) }).ToEquatableArray();
        var summary = headline is not null ? blocks[0] : body.Count > 0 ? body[0] : null;
        return new ParsedArticle(headline, byline, paragraphs, placedQuotes, wordCount, problems.ToEquatableArray(), SummarySpan(lines, normalized, summary), paragraphPositions);
    }

    /// <summary>The first line of <paramref name="block"/> in the original text: what an article's property points at.</summary>
    private static SourceSpan SummarySpan(LineIndex lines, NormalizedText normalized, TextBlock? block)
    {
        if (block is null || block.Text.Length == 0)
        {
            return SourceSpan.FileStart;
        }

        // A block is one line of the normalized text.
        return SourceSpan.Between(lines.PositionOf(normalized.ToOriginal(block.Start)), lines.PositionOf(normalized.ToOriginal(block.Start + block.Text.Length - 1)));
    }

    private static ParsedArticle Empty(List<ParseProblem> problems)
    {
        problems.Sort(InTextOrder);
        return new(null, null, EquatableArray<string>.Empty, EquatableArray<ParsedQuote>.Empty, 0, problems.ToEquatableArray(), SourceSpan.FileStart);
    }

    // List.Sort is not stable: the kind breaks ties so the order never depends on the order problems were found.
    private static int InTextOrder(ParseProblem left, ParseProblem right)
        => left.Start != right.Start ? left.Start.CompareTo(right.Start) : left.Kind.CompareTo(right.Kind);

    private static ParseProblem Problem(ParseProblemKind kind, NormalizedText normalized, int start, int length)
    {
        var originalStart = normalized.ToOriginal(start);
        var originalEnd = length == 0 ? originalStart : normalized.ToOriginal(start + length - 1) + 1;
        return new ParseProblem(kind, originalStart, originalEnd - originalStart);
    }
}
