using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

public sealed class CharacterCheckTests
{
    [Theory]
    [InlineData("JFIF\0\0\u0001", true, 4)]
    [InlineData("H\0e\0a\0d\0\n\0", true, 1)]
    [InlineData("One stray \0 in a sentence of ordinary length.", false, 10)]
    [InlineData("No NUL at all.", false, -1)]
    public void BinaryIsARunOfNulsOrNulsInOneCharacterOfTen(string text, bool isBinary, int offset)
    {
        Assert.Equal(isBinary, CharacterCheck.IsBinary(text, out var at));
        Assert.Equal(offset, at);
    }

    [Fact]
    public void UndecodableCharactersAreCountedOnceAtTheFirst()
    {
        var problem = Assert.Single(Find("ok \uFFFD then \uD800 and \uDC00 but \uD83D\uDE00 is fine"));
        Assert.Equal(new ParseProblem(ParseProblemKind.UndecodableText, 3, 1, 3), problem);
    }

    [Fact]
    public void ControlCharactersAreCountedButTabsLineBreaksAndNextLineAreNot()
    {
        var problem = Assert.Single(Find("a\tb\r\nc\u0085d\u001Be\u007Ff\u0080g\u009Fh\fi"));
        Assert.Equal(new ParseProblem(ParseProblemKind.ControlCharacters, 8, 1, 5), problem);
    }

    [Fact]
    public void CleanTextHasNoProblem() => Assert.Empty(Find("\u201CIt\u2019s fine,\u201D said Ana Ruiz.\n\nNext\u2028line."));

    [Fact]
    public void TheParserLeavesBinaryTextUnparsed()
    {
        var article = ArticleParser.Parse("Headline\n\nBody\0\0with NULs.");
        Assert.Equal(ParseProblemKind.BinaryContent, Assert.Single(article.Problems).Kind);
        Assert.Empty(article.Paragraphs);
    }

    private static List<ParseProblem> Find(string text)
    {
        var problems = new List<ParseProblem>();
        CharacterCheck.Find(text, problems);
        return problems.ToList();
    }
}
