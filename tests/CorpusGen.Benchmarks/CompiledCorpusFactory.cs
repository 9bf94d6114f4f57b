using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Compiles a synthetic corpus with the generator into an assembly on disk, once per size, and loads it:
/// what an application that ships a corpus has, its text embedded as CorpusGen.targets embeds it. Later benchmark
/// processes reuse the file.
/// </summary>
internal static class CompiledCorpusFactory
{
    public static string Folder(int megabytes) => Path.Combine(Path.GetTempPath(), "corpusgen-bench", megabytes + "mb");

    /// <summary>Writes the corpus's files, if missing, and returns them in file-name order.</summary>
    public static string[] EnsureCorpusFiles(int megabytes)
    {
        var folder = Path.Combine(Folder(megabytes), "seeds");
        if (!Directory.Exists(folder))
        {
            var temporary = folder + ".tmp";
            Directory.CreateDirectory(temporary);
            foreach (var (fileName, text) in new Synthesis.CorpusSynthesizer(seed: 1).Articles((long)megabytes * 1024 * 1024))
            {
                File.WriteAllText(Path.Combine(temporary, fileName), text);
            }

            Directory.Move(temporary, folder);
        }

        return Directory.GetFiles(folder, "*.txt").OrderBy(path => path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Compiles the corpus, if not done yet, and loads the assembly's corpus class.</summary>
    public static Type LoadCorpus(int megabytes)
    {
        var assemblyPath = Path.Combine(Folder(megabytes), "BenchCorpus.dll");
        if (!File.Exists(assemblyPath))
        {
            Compile(EnsureCorpusFiles(megabytes), assemblyPath);
        }

        return Assembly.LoadFrom(assemblyPath).GetType("BenchCorpus.Corpus", throwOnError: true)!;
    }

    private static void Compile(string[] files, string assemblyPath)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var projectDirectory = Path.GetDirectoryName(Path.GetDirectoryName(files[0])!)!;
        var indexPath = Path.Combine(projectDirectory, "obj", "CorpusGen.ArticleText.index");
        var (embeddedText, index) = Tasks.PackArticleText.Pack(files.Select(path => (path, (byte[]?)File.ReadAllBytes(path))));
        var texts = files.Select(path => (AdditionalText)new MemoryText(path, File.ReadAllText(path))).Append(new MemoryText(indexPath, index)).ToArray();
        var driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, parseOptions, new CorpusOptions(projectDirectory, "BenchCorpus", indexPath));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Append(typeof(Article).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "BenchCorpus",
            new[] { CSharpSyntaxTree.ParseText("namespace BenchCorpus { public static partial class Corpus { } }", parseOptions) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var temporary = assemblyPath + ".tmp";
        using (var stream = File.Create(temporary))
        {
            var text = embeddedText();
            var result = output.Emit(stream, manifestResources: new[] { new ResourceDescription(CorpusTextResource.DefaultName, () => new MemoryStream(text), isPublic: true) });
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(10)));
            }
        }

        File.Move(temporary, assemblyPath);
    }
}
