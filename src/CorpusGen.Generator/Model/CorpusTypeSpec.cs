using System.Linq;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>The class a corpus is generated into.</summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="Name">The class name.</param>
/// <param name="Modifiers">Modifiers written on the generated part, such as <c>internal static</c>.</param>
internal sealed record CorpusTypeSpec(string? Namespace, EquatableArray<ContainingTypeSpec> ContainingTypes, string Name, string Modifiers)
{
    /// <summary>The full name, used for hint names and diagnostics: <c>Ns.Outer.Name</c>.</summary>
    public string FullName
    {
        get
        {
            var parts = ContainingTypes.Select(type => type.Name).Concat(new[] { Name });
            var typeName = string.Join(".", parts);
            return string.IsNullOrEmpty(Namespace) ? typeName : Namespace + "." + typeName;
        }
    }
}
