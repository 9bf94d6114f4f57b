using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way the compiler does: a compilation, additional files and the build
/// properties CorpusGen.props makes visible, with incremental step tracking on.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project";
    public const string RootNamespace = "TestProject";

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) => new(version);

    public static Dictionary<string, string> DefaultOptions(string folder = "seeds") => new()
    {
        ["build_property.CorpusGenProjectDirectory"] = ProjectDirectory,
        ["build_property.CorpusGenFolder"] = folder,
        ["build_property.RootNamespace"] = RootNamespace,
    };

    public static AdditionalText Article(string relativePath, string text) => new InMemoryAdditionalText(ProjectDirectory + "/" + relativePath, text);

    public static IEnumerable<AdditionalText> Seeds()
        => TestPaths.SeedFiles.Select(path => Article("seeds/" + System.IO.Path.GetFileName(path), System.IO.File.ReadAllText(path)));

    public static CSharpCompilation Compilation(LanguageVersion version = LanguageVersion.CSharp12, params string[] sources)
        => Compilation(ParseOptions(version), sources);

    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "TestProject",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/project/Source{index}.cs")),
            ReferenceAssemblies.Net,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options = null, LanguageVersion version = LanguageVersion.CSharp12)
        => Driver(texts, options, ParseOptions(version));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options, CSharpParseOptions parseOptions)
        => Driver(new TestOptionsProvider(options ?? DefaultOptions()), texts, parseOptions);

    public static GeneratorDriver Driver(TestOptionsProvider options, IEnumerable<AdditionalText> texts, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions(),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorOutcome Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, driver.GetRunResult(), output, diagnostics);
    }

    public static GeneratorOutcome Run(IEnumerable<AdditionalText> texts, string source = "", IReadOnlyDictionary<string, string>? options = null, LanguageVersion version = LanguageVersion.CSharp12)
        => Run(Driver(texts, options, version), Compilation(version, source));

    /// <summary>Compiles with XML documentation checked, as a project with GenerateDocumentationFile does.</summary>
    public static CSharpParseOptions DocumentedParseOptions(LanguageVersion version = LanguageVersion.CSharp12)
        => ParseOptions(version).WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>
    /// Runs over a public, documented corpus class with XML documentation checked, so that a generated member
    /// without documentation, or documentation that is not well-formed XML, is a warning.
    /// </summary>
    public static GeneratorOutcome RunDocumented(IEnumerable<AdditionalText> texts, LanguageVersion version = LanguageVersion.CSharp12)
    {
        var parseOptions = DocumentedParseOptions(version);
        return Run(
            Driver(texts, options: null, parseOptions),
            Compilation(parseOptions, "namespace TestProject { /// <summary>The corpus.</summary>\npublic static partial class Corpus { } }"));
    }

    public static ImmutableArray<Diagnostic> WithId(this ImmutableArray<Diagnostic> diagnostics, string id)
        => diagnostics.Where(diagnostic => diagnostic.Id == id).ToImmutableArray();
}
