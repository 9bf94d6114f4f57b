using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// Each hostile file, in a corpus beside a well-formed article: the generator reports exactly the
/// documented diagnostics, never fails, and its output compiles with no warning, XML documentation
/// checked, as UTF-8 data (C# 12) and as string literals (C# 8); the text reads back verbatim.
/// </summary>
public sealed class HostileFileTests
{
    private const string CompanionPath = "seeds/companion.txt";
    private const string CompanionHeadline = "Companion article stays";

    public static IEnumerable<object[]> Cases => HostileCorpus.All.Select(hostile => new object[] { hostile.Name });

    [Fact]
    public void TheSuiteHoldsAtLeastFortyNamedHostileFiles()
    {
        Assert.True(HostileCorpus.All.Count >= 40, $"{HostileCorpus.All.Count} hostile cases");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(hostile => hostile.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheDocumentedDiagnosticsAndCompilesCleanly(string name)
    {
        var hostile = HostileCorpus.Named(name);
        foreach (var version in new[] { LanguageVersion.CSharp12, LanguageVersion.CSharp8 })
        {
            var outcome = Run(hostile, version);
            Assert.Null(outcome.Run.Exception);
            Assert.Equal(
                hostile.Diagnostics.OrderBy(text => text, StringComparer.Ordinal),
                outcome.GeneratorDiagnostics.Select(Describe).OrderBy(text => text, StringComparer.Ordinal));
            Assert.Empty(outcome.CompilationProblems);

            var corpus = CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus");
            var articles = CompiledCorpus.All(corpus);
            Assert.Contains(articles, article => article.Headline == CompanionHeadline);
            var texts = articles.SelectMany(Texts).ToList();
            Assert.All(hostile.Survivors, survivor => Assert.Contains(texts, text => text.Contains(survivor, StringComparison.Ordinal)));
            if (hostile.Documentation is not null)
            {
                Assert.Contains("/// <summary>" + hostile.Documentation + "</summary>", outcome.Source("TestProject.Corpus.g.cs"), StringComparison.Ordinal);
            }

            if (hostile.MemberNames is not null)
            {
                Assert.Equal(hostile.MemberNames.Append("Companion").OrderBy(member => member, StringComparer.Ordinal), CompiledCorpus.MemberNames(corpus));
            }
        }
    }

    private static GeneratorOutcome Run(HostileCase hostile, LanguageVersion version)
        => GeneratorHarness.RunDocumented(
            hostile.Files
                .Select(file => (AdditionalText)new EncodedAdditionalText(GeneratorHarness.ProjectDirectory + "/" + file.Path, file.Bytes))
                .Append(GeneratorHarness.Article(CompanionPath, CompanionHeadline + "\n\n\u201CAll is well,\u201D said Ana Ruiz.\n")),
            version);

    private static string Describe(Diagnostic diagnostic)
        => diagnostic.Id + "@" + (diagnostic.Location == Location.None ? 0 : diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);

    private static IEnumerable<string> Texts(Article article)
        => new[] { article.Headline ?? string.Empty }
            .Concat(article.Paragraphs.Select(paragraph => paragraph.Text))
            .Concat(article.Quotes.Select(quote => quote.Text));
}
