using System.Threading.Tasks;
using CorpusGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static CorpusGen.Tests.Infrastructure.UsageVerifier;

namespace CorpusGen.Tests.Usage;

/// <summary>
/// CORPUS016 and CORPUS017 on a corpus class written as the generator writes one: its lookups carry the values they
/// find in <see cref="CompiledLookupAttribute"/>. The ids and names are invented.
/// </summary>
public sealed class CorpusUsageAnalyzerTests
{
    private const string Corpus = """
        static class Newsroom
        {
            [CorpusGen.CompiledLookup(CorpusGen.CompiledLookupKind.ArticleId, "city/bridge-reopens\0city/budget-2024\0city/budget-2025\0city/budget-2026\0city/budget-2027\0city/library-hours\0sport/harbour-regatta", Members = "BridgeReopens\0Budget2024\0Budget2025\0Budget2026\0Budget2027\0LibraryHours\0HarbourRegatta")]
            public static CorpusGen.Article? Find(string id) => null;

            [CorpusGen.CompiledLookup(CorpusGen.CompiledLookupKind.SpeakerName, "Ines Ortega\0Ortega\0Tomas Lindqvist", Suggestions = "Ines Ortega\0Tomas Lindqvist")]
            public static System.Collections.Generic.IReadOnlyList<CorpusGen.Quote> QuotesBy(string speaker) => new CorpusGen.Quote[0];

            public static CorpusGen.Article BridgeReopens => null!;
            public static CorpusGen.Article LibraryHours => null!;
            public static CorpusGen.Article HarbourRegatta => null!;
        }
        """;

    /// <summary>The corpus and a class that reads <paramref name="expression"/> from it.</summary>
    private static string Reading(string expression) => Corpus + "\nstatic class Reader\n{\n    static object Read() => " + expression + ";\n}\n";

    [Fact]
    public Task AnIdTheCorpusHasAndANameItQuotesGiveNothing()
        => VerifyAsync(Reading("""(Newsroom.Find("city/library-hours"), Newsroom.QuotesBy("Tomas Lindqvist"), Newsroom.QuotesBy("ines ORTEGA"), Newsroom.QuotesBy("Ortega"))"""));

    [Fact]
    public Task AnIdNoArticleHasIsNamedWithTheClosestIds()
        => VerifyAsync(
            Reading("""Newsroom.Find({|#0:"city/library-hour"|})"""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0).WithArguments("Newsroom", "city/library-hour", "; did you mean 'city/library-hours'?"));

    [Fact]
    public Task UpToThreeCloseIdsAreSuggestedNearestFirst()
        => VerifyAsync(
            Reading("""Newsroom.Find({|#0:"city/budget-2O25"|})"""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0)
                .WithArguments("Newsroom", "city/budget-2O25", "; did you mean 'city/budget-2025', 'city/budget-2024' or 'city/budget-2026'?"));

    [Fact]
    public Task AnIdFarFromEveryArticleIsNamedWithoutASuggestion()
        => VerifyAsync(
            Reading("""Newsroom.Find({|#0:"no-such-article"|})"""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0).WithArguments("Newsroom", "no-such-article", string.Empty));

    [Fact]
    public Task AShortValueIsNeverOfferedAWholeRewrite()
        => VerifyAsync(
            Reading("""(Newsroom.Find({|#0:"x"|}), Newsroom.Find({|#1:""|}))"""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0).WithArguments("Newsroom", "x", string.Empty),
            new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(1).WithArguments("Newsroom", string.Empty, string.Empty));

    [Fact]
    public Task ANameNoOneQuotedHasSuggestsTheClosestCanonicalName()
        => VerifyAsync(
            Reading("""Newsroom.QuotesBy({|#0:"Ines Ortgea"|})"""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownSpeaker).WithLocation(0).WithArguments("Newsroom", "Ines Ortgea", "; did you mean 'Ines Ortega'?"));

    [Fact]
    public Task ANamedConstantIsCheckedAndAValueKnownOnlyAtRunTimeIsNot()
        => VerifyAsync(
            Corpus + """
                static class Reader
                {
                    const string Missing = "city/closed";

                    static object Read(string id) => (Newsroom.Find({|#0:Missing|}), Newsroom.Find(id), Newsroom.Find(id + "x"));
                }
                """,
            new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0).WithArguments("Newsroom", "city/closed", string.Empty));

    [Fact]
    public Task AMethodWithoutTheAttributeIsNotChecked()
        => VerifyAsync(Corpus + """
            static class Other
            {
                public static CorpusGen.Article? Find(string id) => null;

                static object Read() => Find("anything at all");
            }
            """);

    [Fact]
    public Task TheFixReplacesTheLiteralWithTheClosestId()
        => VerifyFixAsync(
            Reading("""Newsroom.Find({|#0:"city/library-hour"|})"""),
            [new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0).WithArguments("Newsroom", "city/library-hour", "; did you mean 'city/library-hours'?")],
            Reading("""Newsroom.Find("city/library-hours")"""));

    [Fact]
    public Task TheSecondFixReplacesTheCallWithTheArticlesProperty()
        => VerifyFixAsync(
            Reading("""Newsroom.Find({|#0:"city/library-hour"|})"""),
            [new DiagnosticResult(DiagnosticDescriptors.UnknownArticleId).WithLocation(0).WithArguments("Newsroom", "city/library-hour", "; did you mean 'city/library-hours'?")],
            Reading("""Newsroom.LibraryHours"""),
            codeActionIndex: 1);

    [Fact]
    public Task TheFixReplacesAMisspelledNameWithTheCanonicalName()
        => VerifyFixAsync(
            Reading("""Newsroom.QuotesBy({|#0:"Tomas Lindquist"|})"""),
            [new DiagnosticResult(DiagnosticDescriptors.UnknownSpeaker).WithLocation(0).WithArguments("Newsroom", "Tomas Lindquist", "; did you mean 'Tomas Lindqvist'?")],
            Reading("""Newsroom.QuotesBy("Tomas Lindqvist")"""));
}
