using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator.Emitting;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The speaker index the generator computes at compile time gives what the run-time <see cref="SpeakerIndex"/> gives
/// over the same articles: the same speakers in the same order, the same quote objects, and the same answers to
/// <c>QuotesBy</c> in any case, surnames included.
/// </summary>
public sealed class CompiledSpeakerIndexTests
{
    public static TheoryData<string, LanguageVersion> Corpora()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (var version in new[] { LanguageVersion.CSharp8, LanguageVersion.CSharp12 })
        {
            data.Add("seeds", version);
            data.Add("synthetic", version);
            data.Add("names in several cases", version);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void TheCompiledIndexAnswersAsTheRunTimeIndex(string corpusName, LanguageVersion version)
    {
        var outcome = GeneratorHarness.Run(Texts(corpusName), version: version);
        Assert.Empty(outcome.CompilationProblems);
        var corpus = CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus");
        var compiled = (IReadOnlyList<Speaker>)corpus.GetProperty("Speakers")!.GetValue(null)!;
        var all = CompiledCorpus.All(corpus);
        var expected = new SpeakerIndex(all);

        Assert.NotEmpty(compiled);
        Assert.Equal(expected.Speakers.Select(speaker => speaker.Name), compiled.Select(speaker => speaker.Name));
        for (var i = 0; i < compiled.Count; i++)
        {
            Assert.Equal(expected.Speakers[i].Quotes, compiled[i].Quotes, ReferenceEqualityComparer.Instance);
        }

        var quotesBy = corpus.GetMethod("QuotesBy")!;
        var names = all.SelectMany(article => article.Quotes).Select(quote => quote.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in names.Concat(names.Select(name => name.ToUpperInvariant())).Concat(names.Select(name => name.ToLowerInvariant())).Append("Nobody").Append(string.Empty))
        {
            var actual = (IReadOnlyList<Quote>)quotesBy.Invoke(null, new object[] { name })!;
            Assert.Equal(expected.QuotesBy(name), actual, ReferenceEqualityComparer.Instance);
        }
    }

    [Fact]
    public void PackedNumbersAreSixBitsACharacterFromZeroLowBitsFirst()
    {
        var numbers = new[] { 0, 1, 44, 44 << 6, 44 << 24, (1 << 30) - 1 };
        var packed = PackedNumbers.Of(numbers);

        Assert.Equal(numbers.Length * PackedNumbers.Width, packed.Length);
        Assert.All(packed, character => Assert.InRange(character, '0', (char)('0' + 63)));
        Assert.Contains('\\', packed);
        var read = Enumerable.Range(0, numbers.Length)
            .Select(index => Enumerable.Range(0, PackedNumbers.Width).Sum(unit => (packed[(index * PackedNumbers.Width) + unit] - '0') << (6 * unit)))
            .ToArray();
        Assert.Equal(numbers, read);
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedNumbers.Of(new[] { 1 << 30 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedNumbers.Of(new[] { -1 }));
    }

    private static IEnumerable<AdditionalText> Texts(string corpusName) => corpusName switch
    {
        "seeds" => GeneratorHarness.Seeds(),
        "synthetic" => new Synthesis.CorpusSynthesizer(seed: 5).Articles(300).Select(article => GeneratorHarness.Article("seeds/" + article.FileName, article.Text)),
        _ => new[]
        {
            GeneratorHarness.Article("seeds/a.txt", "Ferry news\n\n\u201CWe are open,\u201D said Mayor Ines Ortega.\n\n\u201CAgain,\u201D said ORTEGA.\n\n\u201CStill,\u201D said ines ortega.\n"),
            GeneratorHarness.Article("seeds/b.txt", "Bridge news\n\n\u201CNo,\u201D said INES ORTEGA.\n\n\u201CYes,\u201D said John Smith.\n\n\u201CMaybe,\u201D said Jane Smith.\n\n\u201CPerhaps,\u201D said Smith.\n"),
        },
    };
}
