using CorpusGen.Generator.Parsing.Attribution.Mentions;

namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A passive speech verb's agent, nearer than any active reporting verb: the crew had been told by engineers that
/// the bridge was “perfectly safe”. The agent speaks.
/// </summary>
internal sealed class PassiveAgentSieve : IAttributionSieve
{
    public string Id => "passive-agent";

    public SieveMatch? Match(SieveQuote quote)
    {
        var first = quote.First;
        if (ReportingClauses.PassiveAgentBefore(first.Paragraph, first.TokenIndex) is not { } agent
            || agent.Verb <= ReportingClauses.SpeechVerbBefore(first.Paragraph, first.TokenIndex))
        {
            return null;
        }

        var reported = !Lexicon.CharacterizingVerbs.Contains(first.Paragraph.Tokens[agent.Verb].Text);
        return new SieveMatch(Id, new SubjectSpan(first.Paragraph, agent.First, agent.Last), Beside: false, Adjacent: false, reported);
    }
}
