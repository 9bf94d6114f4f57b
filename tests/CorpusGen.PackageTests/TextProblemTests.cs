using System;
using System.Linq;
using System.Text;
using Xunit;

namespace CorpusGen.PackageTests;

/// <summary>
/// A folder holding one file for each problem a corpus's text can have, compiled by a fresh project against the
/// packed package: text problems are warnings to read, not a failed build, whatever makes warnings errors;
/// CorpusGenStrict and .editorconfig make them errors on request.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class TextProblemTests
{
    private readonly PackageFeed _feed;

    public TextProblemTests(PackageFeed feed) => _feed = feed;

    [Theory]
    [InlineData("TreatWarningsApp", "-p:TreatWarningsAsErrors=true")]
    [InlineData("WarnAsErrorApp", "-warnaserror")]
    public void UnderWarningsAsErrorsTextProblemsStayWarningsAndEveryArticleIsKept(string name, string warningsAsErrors)
    {
        var app = ProblemFolderApp(name);

        var build = app.BuildAllowingWarnings("--no-incremental", warningsAsErrors);
        var output = app.Run();

        AssertEveryProblemIsAWarning(build);
        AssertEveryTextArticleIsListed(output);
    }

    [Fact]
    public void StrictModeFailsTheBuildAtTheFileAndLine()
    {
        var app = ProblemFolderApp("StrictApp");

        var build = app.BuildFailing("--no-incremental", "-p:CorpusGenStrict=true");

        Assert.Contains("seeds/open-quote.txt(3,10): error CORPUS003", Slashes(build), StringComparison.Ordinal);
        Assert.Contains("seeds/latin1.txt(1,4): error CORPUS012", Slashes(build), StringComparison.Ordinal);
        Assert.Contains("seeds/photo.txt(1,1): error CORPUS011", Slashes(build), StringComparison.Ordinal);
        Assert.Contains("error CORPUS014", build, StringComparison.Ordinal);
        // Info stays info in strict mode: a missing headline is a fact about the text, not a problem with it.
        Assert.DoesNotContain("CORPUS002", build, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditorConfigSeverityTakesEffectAtTheArticlesLine()
    {
        var app = ConsumerProject.Create(_feed, "EditorConfigApp");
        app.AddCorpusGen();
        app.WriteFile("seeds/bridge.txt", Bridge);
        app.WriteFile("seeds/open-quote.txt", OpenQuote);
        app.WriteFile("Program.cs", "System.Console.WriteLine(EditorConfigApp.Corpus.All.Count);\n");

        app.WriteFile(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.CORPUS003.severity = error\n");
        var failed = app.BuildFailing("--no-incremental");
        Assert.Contains("seeds/open-quote.txt(3,10): error CORPUS003", Slashes(failed), StringComparison.Ordinal);

        app.WriteFile(".editorconfig", "root = true\n\n[seeds/**]\ndotnet_diagnostic.CORPUS003.severity = none\n");
        var silenced = app.Build("--no-incremental");
        Assert.DoesNotContain("CORPUS003", silenced, StringComparison.Ordinal);
        Assert.Equal("2", app.Run().Trim());

        app.WriteFile(".editorconfig", "root = true\n");
        app.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.CORPUS003.severity = error\n");
        Assert.Contains("seeds/open-quote.txt(3,10): error CORPUS003", Slashes(app.BuildFailing("--no-incremental")), StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdTheProjectListsInWarningsAsErrorsIsAnError()
    {
        var app = ProblemFolderApp("WarningsAsErrorsApp");

        var build = app.BuildFailing("--no-incremental", "-p:WarningsAsErrors=CORPUS012");

        Assert.Contains("seeds/latin1.txt(1,4): error CORPUS012", Slashes(build), StringComparison.Ordinal);
        Assert.Contains("seeds/open-quote.txt(3,10): warning CORPUS003", Slashes(build), StringComparison.Ordinal);
    }

    private const string Bridge = "Harbour bridge reopens after repairs\n\n\u201CWe are open again,\u201D said Mayor Ines Ortega.\n";
    private const string OpenQuote = "Vote delayed\n\nShe said \u201Cthis never ends.\n";

    /// <summary>Text articles the app must list: every file but the README and the two binary ones.</summary>
    private static readonly string[] TextArticles = { "Case", "blank", "bridge", "case", "control", "empty", "latin1", "no-headline", "open-quote" };

    private ConsumerProject ProblemFolderApp(string name)
    {
        var app = ConsumerProject.Create(_feed, name);
        app.AddCorpusGen();
        app.WriteFile("seeds/bridge.txt", Bridge);
        app.WriteFile("seeds/empty.txt", string.Empty);
        app.WriteFile("seeds/blank.txt", "  \n\n\t\n");
        app.WriteFile("seeds/no-headline.txt", "The council voted on Tuesday.\nThe vote was close.\n");
        app.WriteFile("seeds/open-quote.txt", OpenQuote);
        app.WriteFile("seeds/Case.txt", "Upper case name\n\nOne of two files whose names differ in case.\n");
        app.WriteFile("seeds/case.txt", "Lower case name\n\nThe other of the two.\n");
        app.WriteBytes("seeds/photo.txt", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01 });
        app.WriteBytes("seeds/utf16.txt", Encoding.Unicode.GetBytes("Storm closes schools\n\nThe storm closed every school.\n"));
        app.WriteBytes("seeds/latin1.txt", Encoding.Latin1.GetBytes("Caf\u00E9 closes\n\nThe caf\u00E9 closed after 40 years.\n"));
        app.WriteFile("seeds/control.txt", "Alert\n\n\u001B[1mBreaking:\u001B[0m storm closes schools.\n");
        app.WriteFile("seeds/README.TXT", "These files are test articles.\n");
        app.WriteFile("empty-folder/notes.md", "# Not an article\n");
        app.WriteFile("Corpora.cs", $$"""
            namespace {{name}};

            [CorpusGen.Corpus("seeds")]
            public static partial class Articles;

            [CorpusGen.Corpus("empty-folder")]
            public static partial class EmptyCorpus;
            """);
        app.WriteFile("Program.cs", $$"""
            foreach (var article in {{name}}.Articles.All)
            {
                System.Console.WriteLine("article " + article.Id);
            }

            System.Console.WriteLine({{name}}.Articles.Case.Headline + " / " + {{name}}.Articles.Case_2.Headline);
            """);
        return app;
    }

    private static void AssertEveryProblemIsAWarning(string build)
    {
        var output = Slashes(build);
        Assert.Contains("seeds/empty.txt(1,1): warning CORPUS001", output, StringComparison.Ordinal);
        Assert.Contains("seeds/blank.txt(1,1): warning CORPUS001", output, StringComparison.Ordinal);
        Assert.Contains("seeds/open-quote.txt(3,10): warning CORPUS003", output, StringComparison.Ordinal);
        Assert.Contains("seeds/case.txt(1,1): warning CORPUS004", output, StringComparison.Ordinal);
        Assert.Contains("warning CORPUS006", output, StringComparison.Ordinal);
        Assert.Contains("seeds/photo.txt(1,1): warning CORPUS011", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), line => line.Contains("seeds/utf16.txt(1,", StringComparison.Ordinal) && line.Contains("): warning CORPUS011", StringComparison.Ordinal));
        Assert.Contains("seeds/latin1.txt(1,4): warning CORPUS012", output, StringComparison.Ordinal);
        Assert.Contains("warning CORPUS014", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS2015", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error", output, StringComparison.Ordinal);
    }

    private static void AssertEveryTextArticleIsListed(string output)
    {
        var listed = output.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("article ", StringComparison.Ordinal)).Select(line => line.Substring("article ".Length));
        Assert.Equal(TextArticles, listed);
        Assert.Contains("Upper case name / Lower case name", output, StringComparison.Ordinal);
    }

    private static string Slashes(string output) => output.Replace('\\', '/');
}
