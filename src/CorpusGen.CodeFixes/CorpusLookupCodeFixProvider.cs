using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using CorpusGen.Generator.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusGen.CodeFixes;

/// <summary>
/// Fixes CORPUS016 and CORPUS017 where the fix is plain: the literal replaced with the closest value the lookup finds,
/// and for <c>Find("id")</c> also the call replaced with the article's property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CorpusLookupCodeFixProvider))]
[Shared]
public sealed class CorpusLookupCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(UsageDiagnosticIds.UnknownArticleId, UsageDiagnosticIds.UnknownSpeaker);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UsageDiagnosticIds.SuggestionProperty, out var suggestion) || suggestion is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                // Only a literal is replaced: a named constant may be used elsewhere, where another value may be right.
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use '" + suggestion + "'",
                    cancellationToken => Replace(context.Document, root, literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))),
                    equivalenceKey: nameof(CorpusLookupCodeFixProvider) + ".Literal"),
                diagnostic);

            if (diagnostic.Properties.TryGetValue(UsageDiagnosticIds.MemberProperty, out var member) && member is not null
                && literal.Parent?.Parent?.Parent is InvocationExpressionSyntax invocation
                && PropertyInPlaceOf(invocation, member) is { } property)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use the article's property '" + member + "'",
                        cancellationToken => Replace(context.Document, root, invocation, property),
                        equivalenceKey: nameof(CorpusLookupCodeFixProvider) + ".Property"),
                    diagnostic);
            }
        }
    }

    /// <summary><c>Corpus.Find("…")</c> becomes <c>Corpus.Member</c>; <c>Find("…")</c> inside the class becomes <c>Member</c>.</summary>
    private static ExpressionSyntax? PropertyInPlaceOf(InvocationExpressionSyntax invocation, string member)
    {
        var name = SyntaxFactory.IdentifierName(member);
        ExpressionSyntax? replacement = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(name),
            IdentifierNameSyntax => name,
            _ => null,
        };

        return replacement?.WithTriviaFrom(invocation);
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode node, SyntaxNode replacement)
        => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node))));
}
