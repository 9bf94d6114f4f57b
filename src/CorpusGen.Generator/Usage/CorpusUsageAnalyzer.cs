using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CorpusGen.Generator.Usage;

/// <summary>
/// Checks constant arguments of a corpus's lookups at compile time: <c>Find("id")</c> with an id no article has
/// (CORPUS016) and <c>QuotesBy("name")</c> with a name no article quotes (CORPUS017), each with the closest values.
/// Looks only at calls with one constant string argument to a method that lists what it finds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorpusUsageAnalyzer : DiagnosticAnalyzer
{
    private const int ArticleIdsSuggested = 3;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownArticleId, DiagnosticDescriptors.UnknownSpeaker);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(CompiledLookup.AttributeMetadataName) is not { } attributeType)
            {
                return;
            }

            // Each lookup method's values are read once per compilation, on its first call with a constant.
            var lookups = new ConcurrentDictionary<IMethodSymbol, CompiledLookup?>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation => Analyze(operation, attributeType, lookups),
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol attributeType, ConcurrentDictionary<IMethodSymbol, CompiledLookup?> lookups)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.Length != 1 || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string value })
        {
            return;
        }

        var method = invocation.TargetMethod.OriginalDefinition;
        var lookup = lookups.GetOrAdd(method, symbol => CompiledLookup.Read(symbol, attributeType));
        if (lookup is null || lookup.Finds(value))
        {
            return;
        }

        var articleIds = lookup.Kind == LookupKind.ArticleId;
        var closest = lookup.Closest(value, articleIds ? ArticleIdsSuggested : 1);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (closest.Count > 0)
        {
            properties = properties.Add(UsageDiagnosticIds.SuggestionProperty, closest[0].Value);
            if (closest[0].Member is { } member)
            {
                properties = properties.Add(UsageDiagnosticIds.MemberProperty, member);
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(
            articleIds ? DiagnosticDescriptors.UnknownArticleId : DiagnosticDescriptors.UnknownSpeaker,
            invocation.Arguments[0].Value.Syntax.GetLocation(),
            properties,
            method.ContainingType.Name,
            value,
            DidYouMean(closest.Select(suggestion => suggestion.Value).ToList())));
    }

    /// <summary>"; did you mean 'a'?", "; did you mean 'a' or 'b'?", "; did you mean 'a', 'b' or 'c'?", or nothing.</summary>
    private static string DidYouMean(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return string.Empty;
        }

        var quoted = values.Select(value => "'" + value + "'").ToList();
        var list = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[quoted.Count - 1];
        return "; did you mean " + list + "?";
    }
}
