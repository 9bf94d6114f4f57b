using System;
using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Properties;

/// <summary>The parser's promises, checked with FsCheck on 10,000 random and adversarial texts per run.</summary>
public sealed class ParserPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 10_000;

    [Fact]
    public void EveryTextParsesAndRoundTrips()
        => PropertyRun.Check(Prop.ForAll(ArticleTexts.Arbitrary, (ArticleText text) => CheckArticle(text.Value)), Cases, output);

    private static void CheckArticle(string text)
    {
        var article = ArticleParser.Parse(text);

        Assert.Equal(article, ArticleParser.Parse(text));
        Assert.All(article.Problems, problem => Assert.InRange(problem.Start, 0, text.Length - problem.Length));

        if (article.Problems.Any(problem => problem.Kind == ParseProblemKind.BinaryContent))
        {
            Assert.Empty(article.Paragraphs);
            return;
        }

        // Every quote's text is the exact range it records, in the paragraph where it starts; a quote that runs
        // on into later paragraphs continues, joined by a blank line, with text of each later paragraph that holds
        // some, in order.
        foreach (var quote in article.Quotes)
        {
            Assert.InRange(quote.ParagraphIndex, 0, article.Paragraphs.Count - 1);
            Assert.InRange(quote.EndParagraphIndex, quote.ParagraphIndex, article.Paragraphs.Count - 1);
            var parts = quote.Text.Split("\n\n");
            Assert.Equal(parts[0], article.Paragraphs[quote.ParagraphIndex].Substring(quote.Start, quote.Length));
            var paragraph = quote.ParagraphIndex;
            foreach (var part in parts.Skip(1))
            {
                do
                {
                    paragraph++;
                    Assert.True(paragraph <= quote.EndParagraphIndex, "a part of the quote is in none of the paragraphs it spans");
                }
                while (!article.Paragraphs[paragraph].Contains(part, StringComparison.Ordinal));
            }
        }

        // Each paragraph and quote records where it starts in the file: the character there is its first one, when
        // normalizing left that character alone.
        Assert.Equal(article.Paragraphs.Count, article.ParagraphPositions.Count);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            AssertStartsAt(text, article.ParagraphPositions[i], article.Paragraphs[i]);
        }

        foreach (var quote in article.Quotes)
        {
            AssertStartsAt(text, quote.Position, quote.Text);
        }

        // The headline, byline and paragraphs, in order, are the normalized text's non-blank lines: each one
        // line, or consecutive lines joined by a space where a paragraph was repaired. Nothing lost, added or moved.
        var lines = NormalizedText.From(text).Text.Split('\n').Select(line => line.Trim(' ')).Where(line => line.Length > 0).ToList();
        var next = 0;
        foreach (var part in new[] { article.Headline, article.Byline }.Concat(article.Paragraphs).Where(part => part is not null))
        {
            Assert.True(next < lines.Count, "more text came out than went in: " + part);
            var joined = lines[next++];
            while (joined.Length < part!.Length && next < lines.Count)
            {
                joined += " " + lines[next++];
            }

            Assert.Equal(joined, part);
        }

        Assert.Equal(lines.Count, next);
    }

    private static void AssertStartsAt(string text, SourcePosition position, string expected)
    {
        Assert.True(position.Line >= 1 && position.Column >= 1, $"no position recorded for \"{expected}\"");
        if (expected.Length == 0 || !char.IsLetterOrDigit(expected[0]))
        {
            return;
        }

        // A byte order mark takes no column, as in an editor.
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var line = 1; line < position.Line; line++)
        {
            while (text[offset] is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
            {
                offset++;
            }

            offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
        }

        Assert.Equal(expected[0], text[offset + position.Column - 1]);
    }
}
