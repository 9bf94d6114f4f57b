using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Loads a word list from Data/, embedded in this assembly: words separated by spaces, lines starting with '#'
/// (the list's description, source and licence) left out.
/// </summary>
internal static class WordList
{
    private const string ResourcePrefix = "CorpusGen.Generator.Data.";

    public static HashSet<string> Load(string fileName)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException("The word list " + fileName + " is not embedded in the generator.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(LexiconComparer.Instance);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
