namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// The attribution rules, in the order they are tried: the first sieve that decides a quote wins. When the winner
/// names no speaker and stands nowhere beside the quote, <see cref="Fallbacks"/> are tried in order; speech still without a
/// speaker then continues the speech before it (<see cref="ContinuationId"/>).
/// </summary>
internal static class AttributionSieves
{
    public static readonly IAttributionSieve[] Ordered =
    {
        new NobodysWordsSieve(),
        new TrailingAttributionSieve(),
        new AccordingToSieve(),
        new PassiveAgentSieve(),
        new AgentAfterSieve(),
        new ReportingVerbSieve(),
        new SubjectAndVerbAfterSieve(),
    };

    public static readonly IAttributionSieve[] Fallbacks =
    {
        new SentenceFinalSieve(),
        new OuterReportingVerbSieve(),
    };

    /// <summary>The id recorded on speech that carries on the speaker of the speech just before it.</summary>
    public const string ContinuationId = "continuation";

    /// <summary>The id recorded on a paragraph of speech, cut from the next by a lost paragraph break, that takes the attribution after it.</summary>
    public const string SpeechChainId = "speech-chain";
}
