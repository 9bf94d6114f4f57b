using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>The lead sentence documents a headline-less article's property: whole, never cut at an abbreviation, never longer than its limit.</summary>
public sealed class LeadSentenceTests
{
    [Theory]
    [InlineData("The talks ended. Both sides left.", "The talks ended.")]
    [InlineData("Crowds gathered in St. Petersburg on Monday. Police watched.", "Crowds gathered in St. Petersburg on Monday.")]
    [InlineData("The U.S. Senate voted. It was close.", "The U.S. Senate voted.")]
    [InlineData("Officials met John F. Kennedy Jr. at noon. Then they left.", "Officials met John F. Kennedy Jr. at noon.")]
    [InlineData("Is it over? Nobody knows.", "Is it over?")]
    [InlineData("Prices rose 4.2 percent. Wages did not.", "Prices rose 4.2 percent.")]
    [InlineData("One sentence with no end", "One sentence with no end")]
    public void EndsAtTheFirstSentenceEnd(string paragraph, string expected)
        => Assert.Equal(expected, LeadSentence.Of(paragraph));

    [Fact]
    public void ALongSentenceIsCutAtAWordWithAnEllipsis()
    {
        var paragraph = string.Join(" ", System.Linq.Enumerable.Repeat("word,", 80)) + " end. Next.";
        var lead = LeadSentence.Of(paragraph);
        Assert.True(lead.Length <= LeadSentence.MaxLength + 1, lead);
        Assert.EndsWith("word\u2026", lead, System.StringComparison.Ordinal);
    }
}
