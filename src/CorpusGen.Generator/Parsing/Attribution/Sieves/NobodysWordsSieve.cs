namespace CorpusGen.Generator.Parsing.Attribution.Sieves;

/// <summary>
/// A quote right after "so-called" is a scare quote (the so-called “surprise” drills), and one right after "titled",
/// "entitled" or "headlined" a title (a paper titled “Heat and bees”): nobody's words, however they read.
/// </summary>
internal sealed class NobodysWordsSieve : IAttributionSieve
{
    public string Id => "nobodys-words";

    public SieveMatch? Match(SieveQuote quote)
    {
        var first = quote.First;
        if (first.TokenIndex == 0)
        {
            return null;
        }

        var before = first.Paragraph.Tokens[first.TokenIndex - 1].Text;
        return before is "so-called" or "so\u2011called" or "titled" or "entitled" or "headlined" or "subtitled"
            ? new SieveMatch(Id, Subject: null, Beside: false, Adjacent: false, Reported: false, NobodysWords: true)
            : null;
    }
}
