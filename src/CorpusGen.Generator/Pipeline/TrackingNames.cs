namespace CorpusGen.Generator.Pipeline;

/// <summary>Names of the pipeline steps, shared with the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Declarations = nameof(Declarations);
    public const string Corpora = nameof(Corpora);
    public const string CandidateTexts = nameof(CandidateTexts);
    public const string CorpusTexts = nameof(CorpusTexts);
    public const string Articles = nameof(Articles);
    public const string Plan = nameof(Plan);
    public const string EmbeddedTextIndex = nameof(EmbeddedTextIndex);
    public const string ArticleList = nameof(ArticleList);
    public const string ArticleSources = nameof(ArticleSources);
    public const string Shards = nameof(Shards);
    public const string Summaries = nameof(Summaries);
    public const string CorpusIndexes = nameof(CorpusIndexes);
    public const string ArticleSpeakers = nameof(ArticleSpeakers);
    public const string SpeakerIndexes = nameof(SpeakerIndexes);
    public const string CodeStyle = nameof(CodeStyle);
    public const string PathMap = nameof(PathMap);
    public const string LiteralBudget = nameof(LiteralBudget);
    public const string Severities = nameof(Severities);
    public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
    public const string PlanDiagnostics = nameof(PlanDiagnostics);
    public const string SuppressedIds = nameof(SuppressedIds);
    public const string TextProblemSummaries = nameof(TextProblemSummaries);
}
