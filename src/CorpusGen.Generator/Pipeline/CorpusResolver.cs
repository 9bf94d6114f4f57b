using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Decides which corpora to generate: the declared <c>[Corpus]</c> classes, or, with no declaration,
/// the default <c>Corpus</c> class over <c>CorpusGenFolder</c> in the root namespace.
/// </summary>
internal static class CorpusResolver
{
    public const string DefaultClassName = "Corpus";

    public static EquatableArray<CorpusSpec> Resolve(ImmutableArray<CorpusDeclaration> declarations, CorpusOptions options)
    {
        var valid = declarations.Where(declaration => declaration.Type is not null).ToList();
        if (declarations.Length == 0)
        {
            var type = new CorpusTypeSpec(options.RootNamespace, EquatableArray<ContainingTypeSpec>.Empty, DefaultClassName, "internal static");
            return new[] { new CorpusSpec(type, FolderPrefix(options, options.DefaultFolder), options.DefaultFolder, Location: null) }.ToEquatableArray();
        }

        var corpora = new List<CorpusSpec>(valid.Count);
        foreach (var declaration in valid)
        {
            corpora.Add(new CorpusSpec(declaration.Type!, FolderPrefix(options, declaration.Folder), declaration.Folder, declaration.Location));
        }

        // Declarations arrive in syntax order; sort so output does not depend on file order.
        corpora.Sort((left, right) => string.CompareOrdinal(left.Type.FullName, right.Type.FullName));
        return corpora.ToEquatableArray();
    }

    private static string FolderPrefix(CorpusOptions options, string folder)
        => PathNormalizer.AsFolderPrefix(PathNormalizer.Combine(options.ProjectDirectory, folder));
}
