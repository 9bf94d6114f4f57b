using System;
using System.ComponentModel;

namespace CorpusGen;

/// <summary>
/// Lists, on a generated lookup method such as <c>Find(id)</c> or <c>QuotesBy(speaker)</c>, the values it finds, known
/// when the corpus was compiled. CorpusGen's usage analyzer reads it to check a constant argument (CORPUS016,
/// CORPUS017), also from another assembly. Written by the generator; not meant for use in code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CompiledLookupAttribute : Attribute
{
    /// <summary>Lists the values a lookup method finds.</summary>
    /// <param name="kind">What the method looks up, which also says how values are compared.</param>
    /// <param name="values">Every value the method finds, separated by NUL.</param>
    public CompiledLookupAttribute(CompiledLookupKind kind, string values)
    {
        Kind = kind;
        Values = values;
    }

    /// <summary>Gets what the method looks up.</summary>
    public CompiledLookupKind Kind { get; }

    /// <summary>Gets every value the method finds, separated by NUL.</summary>
    public string Values { get; }

    /// <summary>Gets or sets the values to suggest in place of one the method does not find, separated by NUL; <see langword="null"/> for <see cref="Values"/>.</summary>
    public string? Suggestions { get; set; }

    /// <summary>Gets or sets, for each suggestion, the member that returns what it finds, separated by NUL; <see langword="null"/> when there are none.</summary>
    public string? Members { get; set; }
}
