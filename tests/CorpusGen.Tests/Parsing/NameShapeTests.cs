using System.Linq;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Words beside a name that are not the name. Texts written for these tests.</summary>
public sealed class NameShapeTests
{
    [Fact]
    public void LettersAfterANameAreNoPersonOfTheirOwn()
        => Assert.Equal(
            "Tomas Brandt",
            Quotes("Lady Orme spoke first. Tomas Brandt QC, who chairs the panel, said the appeal would fail. \u201CThe law is plain,\u201D he said.").Single().Speaker);

    [Fact]
    public void ATeamBeforeARoleDescribesTheNameAfterIt()
        => Assert.Equal(
            "Ned Tane",
            Quotes("Former Red Devils star Ned Tane says he cannot wait for June. The 29-year-old had surgery in July. \u201CNow it is bring it on!\u201D said the winger.").Single().Speaker);

    [Fact]
    public void APersonBeforeARoleIsStillAPerson()
        => Assert.Equal(
            "Ana Ruiz",
            Quotes("President Ana Ruiz aide Ben Ross said the trip was off.\n\n\u201CIt is a shame,\u201D the president said.").Single().Speaker);

    [Fact]
    public void ACapitalizedWordBeforeARoleIsNotTheSubjectTheSentenceOpensOn()
        => Assert.Equal(
            "Ana Ruiz",
            Quotes("Ana Ruiz won again in Paris. The Olympic champion set a new mark. \u201CI am so happy,\u201D the 22-year-old said.").Single().Speaker);

    private static System.Collections.Generic.IReadOnlyList<CorpusGen.Generator.Model.ParsedQuote> Quotes(string body)
        => ArticleParser.Parse("Sport News\n\n" + body).Quotes;
}
