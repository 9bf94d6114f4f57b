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
        var words = new HashSet<string>(LexiconComparer.Instance);
        foreach (var line in Lines(fileName))
        {
            foreach (var word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Loads a list of pairs, one a line: the first word, then the word it maps to.</summary>
    public static Dictionary<string, string> LoadPairs(string fileName)
    {
        var pairs = new Dictionary<string, string>(LexiconComparer.Instance);
        foreach (var line in Lines(fileName))
        {
            var words = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2)
            {
                pairs[words[0]] = words[1];
            }
            else if (words.Length != 0)
            {
                throw new InvalidOperationException("The list " + fileName + " holds a line that is not a pair: " + line);
            }
        }

        return pairs;
    }

    private static List<string> Lines(string fileName)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException("The word list " + fileName + " is not embedded in the generator.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (!line.StartsWith("#", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
