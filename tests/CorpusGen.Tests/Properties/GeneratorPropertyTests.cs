using System;
using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Tests.Infrastructure;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// The generator's promises, checked on random corpora: it never throws, its output compiles with no
/// error and no warning (XML documentation checked), and every article reads back as the parser made it.
/// </summary>
public sealed class GeneratorPropertyTests(ITestOutputHelper output)
{
    private const int Corpora = 300;

    [Fact]
    public void EveryCorpusCompilesCleanlyAndReadsBackAsParsed()
        => PropertyRun.Check(Prop.ForAll(RandomCorpus.Arbitrary, (RandomCorpus corpus) => CheckCorpus(corpus)), Corpora, output);

    private static void CheckCorpus(RandomCorpus corpus)
    {
        var texts = corpus.Articles.Select(article => GeneratorHarness.Article(article.Path, article.Text.Value));
        var outcome = GeneratorHarness.RunDocumented(texts, corpus.Version);

        Assert.Null(outcome.Run.Exception);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id is "CS8785" or "CORPUS009");
        Assert.Empty(outcome.CompilationProblems);

        var byFileName = CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus"))
            .ToDictionary(article => article.Id, StringComparer.Ordinal);
        foreach (var (path, text) in corpus.Articles)
        {
            var expected = ArticleParser.Parse(text.Value);
            var id = path.Substring("seeds/".Length, path.Length - "seeds/".Length - ".txt".Length);
            if (expected.Problems.Any(problem => problem.Kind == ParseProblemKind.BinaryContent))
            {
                Assert.False(byFileName.ContainsKey(id), id + " is binary and must be left out");
                continue;
            }

            var actual = byFileName[id];
            Assert.Equal(expected.Headline, actual.Headline);
            Assert.Equal(expected.Byline, actual.Byline);
            Assert.Equal(expected.Paragraphs, actual.Paragraphs.Select(paragraph => paragraph.Text));
            Assert.Equal(
                expected.Quotes.Select(quote => (quote.Text, quote.Speaker, quote.ParagraphIndex, quote.Start, quote.Length, quote.EndParagraphIndex)),
                actual.Quotes.Select(quote => (quote.Text, quote.Speaker, quote.ParagraphIndex, quote.Start, quote.Length, quote.EndParagraphIndex)));
        }
    }
}
