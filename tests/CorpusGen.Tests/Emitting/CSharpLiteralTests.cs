using CorpusGen.Generator.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CorpusGen.Tests.Emitting;

public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("quote \" and backslash \\ and \\u0022")]
    [InlineData("line\nbreak\r\nand\ttab")]
    [InlineData("separators \u2028 \u2029 \u0085 and nul \0")]
    [InlineData("\"\"\" raw-looking \"\"\"")]
    [InlineData("*/ </summary> & < { } #error")]
    [InlineData("right-to-left \u202E override and zero width \u200B")]
    [InlineData("lone \uD800 surrogate and a pair \uD83D\uDE00")]
    public void LiteralParsesBackToTheSameText(string text)
    {
        var literal = CSharpLiteral.Of(text);
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var parsed = Assert.IsType<LiteralExpressionSyntax>(expression);
        Assert.Equal(text, parsed.Token.ValueText);
    }

    [Fact]
    public void LiteralStaysOnOneLine()
    {
        var literal = CSharpLiteral.Of("a\u2028b\u2029c\u0085d\re\nf");
        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain('\u2028', literal);
        Assert.DoesNotContain('\u2029', literal);
        Assert.DoesNotContain('\u0085', literal);
    }

    [Fact]
    public void NullBecomesTheNullKeyword() => Assert.Equal("null", CSharpLiteral.Of(null));
}
