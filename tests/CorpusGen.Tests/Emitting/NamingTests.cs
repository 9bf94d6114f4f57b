using CorpusGen.Generator.Common;
using CorpusGen.Generator.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Emitting;

public sealed class NamingTests
{
    [Theory]
    [InlineData("000_33f8ad2be7147c48", "_000_33f8ad2be7147c48")]
    [InlineData("budget-vote", "Budget_vote")]
    [InlineData("class", "Class")]
    [InlineData("news/2024/my article (2)", "News_2024_my_article__2_")]
    [InlineData("__private", "Private")]
    [InlineData("\u00E9t\u00E9", "\u00C9t\u00E9")]
    [InlineData("---", "_")]
    public void MemberNameIsAValidStableIdentifier(string id, string expected)
    {
        var name = MemberNames.FromId(id);
        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.False(name.StartsWith("__", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/project", "seeds", "/project/seeds")]
    [InlineData("/project", "../shared/./seeds/", "/shared/seeds")]
    [InlineData("/project", "/data/news", "/data/news")]
    [InlineData("C:\\work\\project", "..\\seeds", "C:/work/seeds")]
    [InlineData(null, "seeds", "seeds")]
    public void FoldersResolveAgainstTheProjectDirectory(string? projectDirectory, string folder, string expected)
        => Assert.Equal(expected, PathNormalizer.Combine(projectDirectory, folder));
}
