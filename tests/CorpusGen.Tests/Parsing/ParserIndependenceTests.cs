using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CorpusGen.Generator;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>The parser and its model use no Roslyn type, so they can be reused and tested alone.</summary>
public sealed class ParserIndependenceTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Theory]
    [InlineData("CorpusGen.Generator.Parsing")]
    [InlineData("CorpusGen.Generator.Parsing.Attribution")]
    [InlineData("CorpusGen.Generator.Common")]
    public void NamespaceSignaturesUseNoRoslynType(string ns)
    {
        var types = typeof(CorpusGenerator).Assembly.GetTypes().Where(type => type.Namespace == ns).ToArray();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            var used = TypesUsedBy(type).Where(IsRoslyn).Select(used => used.FullName).Distinct().ToArray();
            Assert.True(used.Length == 0, $"{type.FullName} uses {string.Join(", ", used)}");
        }
    }

    [Fact]
    public void ParsedModelUsesNoRoslynType()
    {
        var parsed = typeof(CorpusGenerator).Assembly.GetTypes()
            .Where(type => type.Namespace == "CorpusGen.Generator.Model" && (type.Name.StartsWith("Parse", StringComparison.Ordinal)));
        Assert.All(parsed, type => Assert.DoesNotContain(TypesUsedBy(type), IsRoslyn));
    }

    private static bool IsRoslyn(Type type) => type.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (var field in type.GetFields(Everything))
        {
            foreach (var used in Expand(field.FieldType))
            {
                yield return used;
            }
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            var signature = method.GetParameters().Select(parameter => parameter.ParameterType);
            if (method is MethodInfo info)
            {
                signature = signature.Append(info.ReturnType);
            }

            foreach (var used in signature.SelectMany(Expand))
            {
                yield return used;
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? (IList<LocalVariableInfo>)Array.Empty<LocalVariableInfo>())
            {
                foreach (var used in Expand(local.LocalType))
                {
                    yield return used;
                }
            }
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
