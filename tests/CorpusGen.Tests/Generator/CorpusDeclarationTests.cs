using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>Corpora declared with [Corpus(folder)]: class, namespace, accessibility and folder chosen by the user.</summary>
public sealed class CorpusDeclarationTests
{
    private static readonly Microsoft.CodeAnalysis.AdditionalText[] Fixtures =
    {
        GeneratorHarness.Article("fixtures/alpha.txt", "Alpha Story\n\n\u201CWe won,\u201D said Anna Smith."),
        GeneratorHarness.Article("fixtures/beta.txt", "Beta Story\n\nNothing quoted here."),
        GeneratorHarness.Article("seeds/ignored.txt", "Seed Story\n\nNot in any declared corpus."),
    };

    [Fact]
    public void DeclaredClassReplacesTheDefaultCorpus()
    {
        const string source = "namespace My.Tests { [CorpusGen.Corpus(\"fixtures\")] public static partial class Fixtures; }";
        var outcome = GeneratorHarness.Run(Fixtures, source);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Null(outcome.Output.GetTypeByMetadataName("TestProject.Corpus"));
        var type = CompiledCorpus.LoadType(outcome.Output, "My.Tests.Fixtures");
        Assert.True(type.IsPublic && type.IsAbstract && type.IsSealed);
        var all = CompiledCorpus.All(type);
        Assert.Equal(new[] { "alpha", "beta" }, all.Select(article => article.Id));
        Assert.Equal("Anna Smith", all[0].Quotes.Single().Speaker);
    }

    [Fact]
    public void SeveralCorporaLiveInOneProject()
    {
        const string source = """
            namespace App
            {
                [CorpusGen.Corpus("fixtures")] internal static partial class Fixtures { }
                internal static partial class Outer
                {
                    [CorpusGen.Corpus("seeds")] internal static partial class Seeds { }
                }
            }
            """;
        var outcome = GeneratorHarness.Run(Fixtures, source);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(2, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "App.Fixtures")).Count);
        Assert.Equal("ignored", CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "App.Outer+Seeds")).Single().Id);
    }

    [Fact]
    public void ClassInTheGlobalNamespaceWorks()
    {
        var outcome = GeneratorHarness.Run(Fixtures, "[CorpusGen.Corpus(\"fixtures\")] static partial class Fixtures { }");
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(2, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "Fixtures")).Count);
    }
}
