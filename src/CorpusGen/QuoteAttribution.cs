namespace CorpusGen;

/// <summary>
/// How a quote's <see cref="Quote.Speaker"/> was found. <see cref="Beside"/> and <see cref="ReportingVerb"/> are
/// explicit: the speaker is named in the quote's own sentence. The others are inferred, and a test that needs
/// certainty can leave them out.
/// </summary>
public enum QuoteAttribution
{
    /// <summary>No speaker: a phrase, or speech the article does not attribute.</summary>
    None = 0,

    /// <summary>Named in the attribution right beside the quote: “We are open,” said Ines Ortega.</summary>
    Beside = 1,

    /// <summary>Named as the subject of a reporting verb elsewhere in the quote's sentence: Ortega told reporters the bridge was “safe again”.</summary>
    ReportingVerb = 2,

    /// <summary>A pronoun in the attribution, resolved to a person named earlier: “We are open,” she said.</summary>
    Pronoun = 3,

    /// <summary>A role in the attribution, resolved to a person named earlier: “We are open,” the mayor said.</summary>
    Role = 4,

    /// <summary>No attribution in its sentence: the speaker of the speech just before carries on.</summary>
    Continuation = 5,
}
