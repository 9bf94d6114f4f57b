using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Emits a compilation with generated code, loads it and reads a corpus class through reflection.</summary>
internal static class CompiledCorpus
{
    public static Type LoadType(Compilation compilation, string typeName, IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, manifestResources: resources);
        if (!result.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", result.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return assembly.GetType(typeName, throwOnError: true)!;
    }

    public static IReadOnlyList<Article> All(Type corpusType)
        => (IReadOnlyList<Article>)corpusType.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public static Article Property(Type corpusType, string memberName)
        => (Article)corpusType.GetProperty(memberName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public static Article? Find(Type corpusType, string id)
        => (Article?)corpusType.GetMethod("Find", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { id });

    public static string[] MemberNames(Type corpusType)
        => corpusType.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(Article))
            .Select(property => property.Name)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
}
