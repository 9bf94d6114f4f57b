using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Diagnostics;

/// <summary>Every diagnostic CorpusGen reports; IDs are stable and listed in the README and AnalyzerReleases.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CorpusGen";

    /// <summary>The category of the diagnostics about code that uses a corpus, as .NET's own usage rules are named.</summary>
    private const string UsageCategory = "Usage";

    /// <summary>Each ID's section of docs/diagnostics.md, where its example and fix are.</summary>
    public const string HelpRoot = "https://github.com/corpusgen/corpusgen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyArticle = new(
        id: "CORPUS001",
        title: "Article is empty",
        messageFormat: "Article '{0}' is empty: it holds no text",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS001"));

    public static readonly DiagnosticDescriptor MissingHeadline = new(
        id: "CORPUS002",
        title: "Article has no headline",
        messageFormat: "Article '{0}' has no headline: its first line does not read as a title followed by a blank line",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS002"));

    public static readonly DiagnosticDescriptor UnclosedQuote = new(
        id: "CORPUS003",
        title: "Quote is never closed",
        messageFormat: "Article '{0}': the quote opened here is never closed; it runs to the end of its paragraph",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS003"));

    public static readonly DiagnosticDescriptor DuplicateMemberName = new(
        id: "CORPUS004",
        title: "Two articles map to the same member name",
        messageFormat: "Articles '{0}' and '{1}' both map to the member name '{2}'; '{1}' is generated as '{3}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS004"));

    public static readonly DiagnosticDescriptor UnreadableArticle = new(
        id: "CORPUS005",
        title: "Article cannot be read",
        messageFormat: "Article '{0}' cannot be read and is left out of the corpus",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS005"));

    public static readonly DiagnosticDescriptor EmptyCorpus = new(
        id: "CORPUS006",
        title: "Corpus folder holds no articles",
        messageFormat: "Corpus '{0}' has no articles: no .txt file was found below '{1}' (set CorpusGenFolder, or the folder of [Corpus], to a folder of .txt files)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS006"));

    public static readonly DiagnosticDescriptor CorpusClassNotPartial = new(
        id: "CORPUS007",
        title: "Corpus class must be partial",
        messageFormat: "Class '{0}' is marked [Corpus] but is not partial, or is nested in a type that is not partial",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS007"));

    public static readonly DiagnosticDescriptor InvalidCorpusDeclaration = new(
        id: "CORPUS008",
        title: "Corpus declaration is not supported",
        messageFormat: "[Corpus] on '{0}' is not supported: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS008"));

    public static readonly DiagnosticDescriptor CorpusTooLargeForStringLiterals = new(
        id: "CORPUS010",
        title: "Corpus is too large for string literals",
        messageFormat: "The corpus holds {0} characters of text, more than string literals can hold in one assembly (about {1}); set LangVersion to 11 or later, on a target with System.ReadOnlySpan<T>, so CorpusGen compiles the text as UTF-8 data",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS010"));

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        id: "CORPUS009",
        title: "CorpusGen failed on an input",
        messageFormat: "CorpusGen could not process '{0}' and left it out: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS009"));

    public static readonly DiagnosticDescriptor BinaryArticle = new(
        id: "CORPUS011",
        title: "Article is not text",
        messageFormat: "Article '{0}' holds binary data (NUL characters) and is left out of the corpus",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS011"));

    public static readonly DiagnosticDescriptor UndecodableText = new(
        id: "CORPUS012",
        title: "Article holds text that was not valid UTF-8",
        messageFormat: "Article '{0}' holds {1} replacement character(s) (U+FFFD), the first here: bytes that were not valid UTF-8, in this file or in the text it was copied from; save the text as UTF-8 from its source",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS012"));

    public static readonly DiagnosticDescriptor ControlCharacters = new(
        id: "CORPUS013",
        title: "Article holds control characters",
        messageFormat: "Article '{0}' holds {1} control character(s), the first U+{2} here; they are kept as they are",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS013"));

    public static readonly DiagnosticDescriptor TextProblemSummary = new(
        id: "CORPUS014",
        title: "Corpus has text problems in several articles",
        messageFormat: "Corpus '{0}' has text problems in {1} of its {2} files: {3}; each is reported at its line",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS014"));

    public static readonly DiagnosticDescriptor ArticleListMissing = new(
        id: "CORPUS015",
        title: "The build's list of article files was not found",
        messageFormat: "The build named a list of article files ({0}) that the generator did not receive whole; no .txt file was compiled as an article. Build the project again; if this persists, check that no target of the project removes it from AdditionalFiles.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("CORPUS015"));

    public static readonly DiagnosticDescriptor UnknownArticleId = new(
        id: Usage.UsageDiagnosticIds.UnknownArticleId,
        title: "No article has this id",
        messageFormat: "'{0}' has no article with id '{1}'{2}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A constant id passed to a corpus's Find is not the id of any article it compiled, so Find returns null.",
        helpLinkUri: HelpLink(Usage.UsageDiagnosticIds.UnknownArticleId));

    public static readonly DiagnosticDescriptor UnknownSpeaker = new(
        id: Usage.UsageDiagnosticIds.UnknownSpeaker,
        title: "No one by this name is quoted",
        messageFormat: "'{0}' quotes no one named '{1}'{2}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A constant name passed to a corpus's QuotesBy is not the name of anyone its articles quote, so QuotesBy returns no quote.",
        helpLinkUri: HelpLink(Usage.UsageDiagnosticIds.UnknownSpeaker));

    /// <summary>
    /// Diagnostics about the text of a corpus rather than the code that declares it: facts about data, which
    /// build/CorpusGen.targets keeps from failing a build under warnings-as-errors unless CorpusGenStrict is set.
    /// </summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> TextProblems = ImmutableArray.Create(
        EmptyArticle,
        MissingHeadline,
        UnclosedQuote,
        DuplicateMemberName,
        UnreadableArticle,
        EmptyCorpus,
        GeneratorFailure,
        BinaryArticle,
        UndecodableText,
        ControlCharacters,
        TextProblemSummary);

    public static bool IsTextProblem(DiagnosticDescriptor descriptor) => TextProblems.Contains(descriptor);

    private static string HelpLink(string id) => HelpRoot + id.ToLowerInvariant();
}
