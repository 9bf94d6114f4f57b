using System;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Decides which corpora to generate: the declared <c>[Corpus]</c> classes, or, with no declaration,
/// the default <c>Corpus</c> class over <c>CorpusGenFolder</c> in the root namespace, in a project that
/// added CorpusGen itself.
/// </summary>
internal static class CorpusResolver
{
    public const string DefaultClassName = "Corpus";

    public static EquatableArray<CorpusSpec> Resolve(ImmutableArray<CorpusDeclaration> declarations, CorpusOptions options)
    {
        if (declarations.Length == 0 && !options.HasCorpusGenProps)
        {
            return EquatableArray<CorpusSpec>.Empty;
        }

        if (declarations.Length == 0)
        {
            // No access modifier: internal by default, or public when the user declares "public static partial class Corpus".
            var type = new CorpusTypeSpec(options.RootNamespace, EquatableArray<ContainingTypeSpec>.Empty, DefaultClassName, "static");
            var target = new CorpusTarget(type, options.DefaultFolder, IsDefault: true, EquatableArray<string>.Empty);
            return new[] { new CorpusSpec(target, FolderPrefix(options, options.DefaultFolder), Location: null) }.ToEquatableArray();
        }

        // Declarations arrive in syntax order; sort so output does not depend on file order, and keep one
        // corpus per class name ignoring case, since hint names are compared that way.
        return declarations
            .Where(declaration => declaration.Type is not null)
            .OrderBy(declaration => declaration.Type!.FullName, StringComparer.Ordinal)
            .GroupBy(declaration => declaration.Type!.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.First())
            .Select(declaration => new CorpusSpec(
                new CorpusTarget(declaration.Type!, declaration.Folder, IsDefault: false, declaration.UserMemberNames),
                FolderPrefix(options, declaration.Folder),
                declaration.Location))
            .ToEquatableArray();
    }

    private static string FolderPrefix(CorpusOptions options, string folder)
        => PathNormalizer.AsFolderPrefix(PathNormalizer.Combine(options.ProjectDirectory, folder));
}
