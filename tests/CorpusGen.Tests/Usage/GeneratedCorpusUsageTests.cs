using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.Generator.Usage;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CorpusGen.Tests.Usage;

/// <summary>The usage analyzer on what the generator really writes: over the seeds, and over a corpus compiled into another assembly.</summary>
public sealed class GeneratedCorpusUsageTests
{
    private const string Calls = """
        namespace TestProject;

        static class Reader
        {
            static object Read() => (Corpus.Find("no-such-article"), Corpus.QuotesBy("Vladmir Putin"), Corpus.Find("000_33f8ad2be7147c48"), Corpus.QuotesBy("vladimir putin"), Corpus.QuotesBy("Putin"));
        }
        """;

    [Fact]
    public async Task OnTheSeedsAMissingIdAndAMisspelledSpeakerAreTheOnlyWarnings()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Seeds(), Calls);

        var diagnostics = await AnalyzeAsync(outcome.Output);

        Assert.Collection(
            diagnostics,
            unknownId =>
            {
                Assert.Equal(UsageDiagnosticIds.UnknownArticleId, unknownId.Id);
                Assert.Equal("'Corpus' has no article with id 'no-such-article'", unknownId.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal("\"no-such-article\"", unknownId.Location.SourceTree!.GetText().ToString(unknownId.Location.SourceSpan));
            },
            misspelled =>
            {
                Assert.Equal(UsageDiagnosticIds.UnknownSpeaker, misspelled.Id);
                Assert.Equal("'Corpus' quotes no one named 'Vladmir Putin'; did you mean 'Vladimir Putin'?", misspelled.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal("Vladimir Putin", misspelled.Properties[UsageDiagnosticIds.SuggestionProperty]);
            });
    }

    [Fact]
    public async Task ACorpusCompiledIntoAnotherAssemblyIsCheckedThroughItsMetadata()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.Seeds(), "namespace TestProject { public static partial class Corpus { } }").Output;
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var app = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("static class App { static object Read() => TestProject.Corpus.Find(\"001_05d811e2fcdfe62\"); }", GeneratorHarness.ParseOptions())],
            GeneratorHarness.Compilation().References.Append(MetadataReference.CreateFromImage(image.ToArray())),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostic = Assert.Single(await AnalyzeAsync(app));

        Assert.Equal("'Corpus' has no article with id '001_05d811e2fcdfe62'; did you mean '001_05d811e2fcdfe628'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("_001_05d811e2fcdfe628", diagnostic.Properties[UsageDiagnosticIds.MemberProperty]);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers([new CorpusUsageAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToImmutableArray();
    }
}
