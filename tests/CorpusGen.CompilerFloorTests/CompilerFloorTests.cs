using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using CorpusGen.Generator;
using CorpusGen.Generator.Usage;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CorpusGen.CompilerFloorTests;

/// <summary>
/// CorpusGen on Roslyn 4.8, the compiler of the .NET 8 SDK and the oldest the package supports: the generator's output
/// compiles cleanly and reads back, its properties map to their files, and the usage analyzer reports. Compilations
/// reference the running runtime's assemblies, as reference-assembly packages need a newer compiler.
/// </summary>
public sealed class CompilerFloorTests
{
    private const string Project = "/project";

    [Fact]
    public void TheseTestsRunOnRoslyn48()
        => Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp12)]
    public void TheSeedsCompileCleanlyAndReadBack(LanguageVersion version)
    {
        var (output, generatorDiagnostics) = Generate(version, string.Empty);

        Assert.Empty(generatorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var corpus = Assembly.Load(image.ToArray()).GetType("TestProject.Corpus", throwOnError: true)!;
        var all = (IReadOnlyList<Article>)corpus.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(Directory.GetFiles(SeedsFolder, "*.txt").Length, all.Count);
        Assert.Equal(File.ReadLines(Path.Combine(SeedsFolder, all[0].FileName)).First(), all[0].Headline);
    }

    [Fact]
    public void AnArticlesPropertyIsMappedToItsFile()
    {
        var (output, _) = Generate(LanguageVersion.CSharp12, string.Empty);

        var property = output.GetTypeByMetadataName("TestProject.Corpus")!.GetMembers().OfType<IPropertySymbol>().First(member => member.Type.Name == "Article");
        var mapped = property.Locations.Single().GetMappedLineSpan();
        Assert.Equal(Project + "/seeds/" + property.Name.TrimStart('_') + ".txt", mapped.Path);
        Assert.Equal(0, mapped.StartLinePosition.Line);
    }

    [Fact]
    public async Task TheUsageAnalyzerReportsAnIdNoArticleHas()
    {
        var (output, _) = Generate(LanguageVersion.CSharp12, "namespace TestProject { static class Reader { static object Read() => Corpus.Find(\"no-such-article\"); } }");

        var diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CorpusUsageAnalyzer())).GetAnalyzerDiagnosticsAsync();

        Assert.Equal("CORPUS016", Assert.Single(diagnostics).Id);
    }

    private static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Generate(LanguageVersion version, string source)
    {
        var parseOptions = new CSharpParseOptions(version);
        var compilation = CSharpCompilation.Create(
            "TestProject",
            [CSharpSyntaxTree.ParseText(source, parseOptions, path: Project + "/Source.cs")],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        var texts = Directory.GetFiles(SeedsFolder, "*.txt").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(Project + "/seeds/" + Path.GetFileName(path), File.ReadAllText(path)));
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.CorpusGenProjectDirectory"] = Project,
            ["build_property.CorpusGenFolder"] = "seeds",
            ["build_property.RootNamespace"] = "TestProject",
        });
        CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, parseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private static IEnumerable<MetadataReference> References()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Article).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
}
