using System.Linq;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>Who "the chancellor" is when the article names a former one too. Texts written for these tests.</summary>
public sealed class RoleHolderTests
{
    private const string TwoChancellors =
        "Ex-Labour chancellor Ken Marsh spoke first. Chancellor Ann Grant followed.\n\n"
        + "\u201CWe will not borrow,\u201D the chancellor said. \u201CIt was different in my day,\u201D the former chancellor said.";

    [Fact]
    public void TheRoleIsTheCurrentHoldersNotAFormerOnes()
        => Assert.Equal("Ann Grant", Quotes(TwoChancellors)[0].Speaker);

    [Fact]
    public void TheFormerRoleIsTheFormerHolders()
        => Assert.Equal("Ken Marsh", Quotes(TwoChancellors)[1].Speaker);

    [Fact]
    public void AFormerTitleIsNotTheCurrentRole()
        => Assert.Equal(
            "Ann Grant",
            Quotes("Former Chancellor Ken Marsh wrote to the Treasury. Ann Grant said she had read the letter.\n\n\u201CWe will answer it,\u201D the chancellor said.").Single().Speaker);

    [Fact]
    public void ThenAfterAConjunctionIsNoFormerRole()
        => Assert.Equal(
            "Ann Grant",
            Quotes("Ken Marsh spoke first and then Chancellor Ann Grant took the stand.\n\n\u201CWe will not borrow,\u201D the chancellor said.").Single().Speaker);

    [Fact]
    public void TheThenRoleIsAFormerOne()
        => Assert.Equal(
            "Ann Grant",
            Quotes("The then chancellor Ken Marsh wrote first. Chancellor Ann Grant replied.\n\n\u201CWe will answer it,\u201D the chancellor said.").Single().Speaker);

    private static System.Collections.Generic.IReadOnlyList<CorpusGen.Generator.Model.ParsedQuote> Quotes(string body)
        => ArticleParser.Parse("Treasury News\n\n" + body).Quotes;
}
