using System;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Properties;

/// <summary>The parser's promises, checked on 10,000 random and adversarial texts per run.</summary>
public sealed class ParserPropertyTests
{
    private const int Cases = 10_000;

    [Fact]
    public void EveryTextParsesAndRoundTrips()
        => PropertyCheck.ForAll(Cases, RandomArticleText.Next, CheckArticle, RandomArticleText.Escape);

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
        // on into later paragraphs continues with a part of each that holds text, in order, joined by a blank line.
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

        // The headline, byline and paragraphs, in order, are the normalized text: nothing lost, added or moved.
        var texts = new[] { article.Headline, article.Byline }.Concat(article.Paragraphs);
        Assert.Equal(NonSpace(NormalizedText.From(text).Text), NonSpace(string.Concat(texts)));
    }

    private static string NonSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
