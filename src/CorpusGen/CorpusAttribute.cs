using System;

namespace CorpusGen;

/// <summary>
/// Marks a <see langword="static partial"/> class that CorpusGen fills with one property per article
/// of a folder, plus <c>All</c> and <c>Find(string id)</c>.
/// </summary>
/// <example>
/// <code>
/// [CorpusGen.Corpus("fixtures")]
/// public static partial class Fixtures;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CorpusAttribute : Attribute
{
    /// <summary>Declares a corpus compiled from the <c>.txt</c> files below <paramref name="folder"/>.</summary>
    /// <param name="folder">The corpus folder: absolute, or relative to the project directory.</param>
    public CorpusAttribute(string folder)
    {
        Folder = folder;
    }

    /// <summary>Gets the corpus folder: absolute, or relative to the project directory.</summary>
    public string Folder { get; }
}
