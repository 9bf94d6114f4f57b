using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Turns a class marked <c>[Corpus(folder)]</c> into a <see cref="CorpusDeclaration"/>, keeping nothing from the compilation.</summary>
internal static class CorpusDeclarationReader
{
    public const string AttributeMetadataName = "CorpusGen.CorpusAttribute";

    // Unescaped ("class", not "@class"): hint names cannot hold '@'; the emitter escapes keywords.
    private static readonly SymbolDisplayFormat NamespaceFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    public static CorpusDeclaration Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var location = LocationInfo.From(context.TargetNode is ClassDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : context.TargetNode.GetLocation());
        var attribute = context.Attributes[0];
        var folder = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var displayName = symbol.ToDisplayString();
        var diagnostics = new List<DiagnosticInfo>();

        if (string.IsNullOrWhiteSpace(folder))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCorpusDeclaration, location, displayName, "the folder must be a non-empty path"));
        }

        if (symbol.IsGenericType || AnyContainingType(symbol, type => type.IsGenericType))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCorpusDeclaration, location, displayName, "a corpus class cannot be generic or nested in a generic type"));
        }

        if (!IsPartial(context.TargetNode) || AnyContainingType(symbol, type => !IsPartial(type, cancellationToken)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CorpusClassNotPartial, location, displayName));
        }

        var type = diagnostics.Count == 0
            ? new CorpusTypeSpec(
                symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString(NamespaceFormat),
                ContainingTypes(symbol),
                symbol.Name,
                symbol.IsStatic ? "static" : string.Empty)
            : null;
        var memberNames = symbol.MemberNames.OrderBy(name => name, System.StringComparer.Ordinal).ToEquatableArray();
        return new CorpusDeclaration(type, folder ?? string.Empty, memberNames, location, diagnostics.ToEquatableArray());
    }

    private static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol symbol)
    {
        var chain = new List<ContainingTypeSpec>();
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            chain.Add(new ContainingTypeSpec(Keyword(type), type.Name));
        }

        chain.Reverse();
        return chain.ToEquatableArray();
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static bool AnyContainingType(INamedTypeSymbol symbol, System.Func<INamedTypeSymbol, bool> predicate)
    {
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (predicate(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.Any(reference => IsPartial(reference.GetSyntax(cancellationToken)));

    private static bool IsPartial(SyntaxNode node)
        => node is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword);
}
