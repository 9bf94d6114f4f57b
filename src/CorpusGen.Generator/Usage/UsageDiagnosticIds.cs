namespace CorpusGen.Generator.Usage;

/// <summary>What the usage analyzer and its code fixes share; this file is compiled into both assemblies.</summary>
internal static class UsageDiagnosticIds
{
    public const string UnknownArticleId = "CORPUS016";

    public const string UnknownSpeaker = "CORPUS017";

    /// <summary>The diagnostic property that holds the closest value the lookup finds, when one is close.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>The diagnostic property that holds the member returning the suggested article.</summary>
    public const string MemberProperty = "Member";
}
