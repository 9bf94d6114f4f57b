using System;
using System.Collections.Generic;

namespace CorpusGen;

/// <summary>
/// Which one-word speaker names stand for a full name: "Putin" for the only longer name in the corpus that ends with
/// it ("Vladimir Putin"). One source for the run-time <see cref="SpeakerIndex"/> and for the generator, which links
/// this file, so that an index built at compile time and one built at run time group the same names.
/// </summary>
internal static class SurnameAliases
{
    /// <summary>Maps each one-word name to the only longer name among <paramref name="names"/> ending with that word, ignoring case; linear in the names.</summary>
    public static Dictionary<string, string> Of(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var oneWord = new List<string>();
        var byLastWord = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                continue;
            }

            var space = name.LastIndexOf(' ');
            if (space < 0)
            {
                oneWord.Add(name);
            }
            else if (char.IsUpper(name[0]))
            {
                var lastWord = name.Substring(space + 1);
                if (!byLastWord.TryGetValue(lastWord, out var fullNames))
                {
                    fullNames = new List<string>(1);
                    byLastWord.Add(lastWord, fullNames);
                }

                if (fullNames.Count < 2)
                {
                    fullNames.Add(name);
                }
            }
        }

        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var surname in oneWord)
        {
            if (byLastWord.TryGetValue(surname, out var fullNames) && fullNames.Count == 1)
            {
                aliases.Add(surname, fullNames[0]);
            }
        }

        return aliases;
    }
}
