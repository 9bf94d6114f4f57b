using System.IO;
using System.Linq;
using CorpusGen.Generator.Parsing.Attribution;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>The attribution rules' word lists are data files, each saying what it is, where it comes from and its licence.</summary>
public sealed class WordListTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(DataFolder, "*.txt").OrderBy(path => path, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EachListIsEmbeddedAndSaysItsSourceAndLicence(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(DataFolder, fileName));
        var header = lines.TakeWhile(line => line.StartsWith('#')).ToList();
        Assert.True(header.Count >= 2, fileName + " has no header");
        Assert.Contains(header, line => line.Contains("Source:", System.StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("Licence:", System.StringComparison.Ordinal));

        var words = lines.Skip(header.Count).SelectMany(line => line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        Assert.NotEmpty(words);
        Assert.Equal(words.OrderBy(word => word, System.StringComparer.Ordinal), WordList.Load(fileName).OrderBy(word => word, System.StringComparer.Ordinal));
    }

    [Fact]
    public void TheListsTheRulesUseAreLoaded()
    {
        Assert.Contains("said", Lexicon.ReportingVerbs);
        Assert.Contains("Aaron", GivenNames.Male);
        Assert.Contains("KC", Lexicon.PostNominals);
        Assert.Contains("Jr.", Lexicon.PostNominals);
        Assert.Contains("Kim", GivenNames.Unisex);
        Assert.Equal("judge", Lexicon.TitleRoles["justice"]);
    }

    private static string DataFolder => Path.Combine(TestPaths.RepositoryRoot, "src", "CorpusGen.Generator", "Parsing", "Attribution", "Data");
}
