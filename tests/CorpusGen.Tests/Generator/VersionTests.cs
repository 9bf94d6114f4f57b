using CorpusGen.Generator.Emitting;
using Xunit;

namespace CorpusGen.Tests.Generator;

public sealed class VersionTests
{
    [Fact]
    public void GeneratedCodeNamesTheVersionThePackageShips()
    {
        // Directory.Build.props sets one <Version> for the package and both assemblies.
        Assert.Equal(GeneratorVersion.Value, typeof(CorpusGen.Generator.CorpusGenerator).Assembly.GetName().Version!.ToString(3));
        Assert.Equal(GeneratorVersion.Value, typeof(Article).Assembly.GetName().Version!.ToString(3));
    }
}
