namespace CorpusGen.Generator.Parsing.Attribution.Mentions;

/// <summary>How far an attribution clause reaches: a subject or a clause after a quote longer than this is not one.</summary>
internal static class ClauseLimits
{
    public const int MaxSubjectTokens = 12;
    public const int MaxTrailingTokens = 12;
}
