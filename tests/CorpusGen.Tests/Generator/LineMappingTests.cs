using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// An article's property is mapped to its headline in the .txt file with <c>#line</c>: where Go to Definition lands,
/// read through the symbol's mapped location, as the editor reads it. The articles are invented.
/// </summary>
public sealed class LineMappingTests
{
    private const string Bridge = "Harbour bridge reopens after repairs\n\n\u201CWe are open again,\u201D said Mayor Ines Ortega.\n";

    [Fact]
    public void AnArticlesPropertyLeadsToItsHeadlineInItsFile()
    {
        var location = MappedLocation(GeneratorHarness.Article("seeds/bridge.txt", Bridge), "Bridge");

        Assert.True(location.HasMappedPath);
        Assert.Equal("/project/seeds/bridge.txt", location.Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, "Harbour bridge reopens after repairs".Length)), location.Span);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void AHeadlineBelowBlankLinesAndIndentedIsFoundAtItsLineAndColumnWithAnyLineEnding(string lineEnding)
    {
        var text = ("\n\n   Ferry timetable changes for winter\n\nThe last ferry will leave at nine.\n").Replace("\n", lineEnding, System.StringComparison.Ordinal);

        var location = MappedLocation(GeneratorHarness.Article("seeds/ferry.txt", text), "Ferry");

        Assert.Equal(new LinePosition(2, 3), location.StartLinePosition);
    }

    [Fact]
    public void AnArticleWithoutAHeadlineLeadsToItsFirstParagraph()
    {
        var text = "\nThe council met on Tuesday to discuss the harbour, and agreed to meet again in spring after the repairs.\n";

        var location = MappedLocation(GeneratorHarness.Article("seeds/council.txt", text), "Council");

        Assert.Equal("/project/seeds/council.txt", location.Path);
        Assert.Equal(new LinePosition(1, 0), location.StartLinePosition);
    }

    [Fact]
    public void BeforeCSharp10TheLineIsMapped()
    {
        var text = "\n\nLibrary extends weekend hours\n\nThe city library will open on Sundays from March.\n";

        var location = MappedLocation(GeneratorHarness.Article("seeds/library.txt", text), "Library", LanguageVersion.CSharp9);

        Assert.Equal("/project/seeds/library.txt", location.Path);
        Assert.Equal(2, location.StartLinePosition.Line);
    }

    [Fact]
    public void APathADirectiveCannotHoldLeavesThePropertyInGeneratedCode()
    {
        var outcome = GeneratorHarness.Run([GeneratorHarness.Article("seeds/say \"cheese\".txt", Bridge)]);

        Assert.Empty(outcome.CompilationProblems);
        var property = Property(outcome.Output, "Say__cheese_");
        Assert.False(property.Locations[0].GetMappedLineSpan().HasMappedPath);
    }

    [Fact]
    public void TheBuildsPathMapAppliesToTheMappedPathAsToEveryPathTheCompilerWrites()
    {
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenPathMap"] = System.Uri.EscapeDataString("/elsewhere/=/x/,/project/=/_/");
        var outcome = GeneratorHarness.Run([GeneratorHarness.Article("seeds/bridge.txt", Bridge)], options: options);

        Assert.Equal("/_/seeds/bridge.txt", Property(outcome.Output, "Bridge").Locations.Single().GetMappedLineSpan().Path);
    }

    [Theory]
    [InlineData("seeds/line\u2028break.txt", "Line_break")]
    [InlineData("seeds/para\u2029graph.txt", "Para_graph")]
    public void APathWithALineBreakTheCompilerKnowsLeavesThePropertyInGeneratedCode(string path, string member)
    {
        var outcome = GeneratorHarness.Run([GeneratorHarness.Article(path, Bridge)]);

        Assert.Empty(outcome.CompilationProblems);
        Assert.False(Property(outcome.Output, member).Locations[0].GetMappedLineSpan().HasMappedPath);
    }

    [Fact]
    public void APathMapWithHashesAndSemicolonsReachesTheGeneratorEscapedAndMapsAsTheCompilerDoes()
    {
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenProjectDirectory"] = "/src/C#;x/app";
        options["build_property.CorpusGenPathMap"] = System.Uri.EscapeDataString("/src/C#;x/app/=C:\\mapped\\");
        var outcome = GeneratorHarness.Run([new InMemoryAdditionalText("/src/C#;x/app/seeds/bridge.txt", Bridge)], options: options);

        Assert.Equal("C:\\mapped\\seeds\\bridge.txt", Property(outcome.Output, "Bridge").Locations.Single().GetMappedLineSpan().Path);
    }

    [Fact]
    public void ThePropertysBodyStaysInGeneratedCode()
    {
        var outcome = GeneratorHarness.Run([GeneratorHarness.Article("seeds/bridge.txt", Bridge)]);
        var tree = outcome.Output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("TestProject.Corpus.g.cs", System.StringComparison.Ordinal));
        var body = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Single(node => node.Identifier.Text == "Bridge").ExpressionBody!;

        Assert.False(body.GetLocation().GetMappedLineSpan().HasMappedPath);
    }

    private static FileLinePositionSpan MappedLocation(AdditionalText article, string member, LanguageVersion version = LanguageVersion.CSharp12)
    {
        var outcome = GeneratorHarness.Run([article], version: version);
        Assert.Empty(outcome.CompilationProblems);
        return Property(outcome.Output, member).Locations.Single().GetMappedLineSpan();
    }

    private static IPropertySymbol Property(Compilation compilation, string member)
        => compilation.GetTypeByMetadataName("TestProject.Corpus")!.GetMembers(member).OfType<IPropertySymbol>().Single();
}
