using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Synthesis;

/// <summary>
/// Writes news-like articles in the styles of the seeds: curly and straight quotes, apostrophes and
/// plural possessives, attributions before and after quotes and by pronoun, headlines present and
/// absent, blank-line and single-newline paragraphs. The same seed always gives the same articles,
/// on every runtime (<see cref="Random"/> with a seed is stable).
/// </summary>
public sealed class CorpusSynthesizer
{
    private static readonly string[] GivenNames = { "Maria", "Alexander", "Emma", "Sergei", "Andrew", "Vitaly", "Ana", "Tom", "Linda", "David", "Karen", "Marek" };
    private static readonly string[] Surnames = { "Ivanova", "Sokolov", "Carter", "Petrov", "Marochko", "Kiselyev", "Ruiz", "Baird", "Park", "Ortiz", "Bell", "Dvorak" };
    private static readonly string[] Titles = { "Mayor", "Minister", "President", "Governor", "Senator" };
    private static readonly string[] Roles = { "a defense expert", "a senior official", "a local teacher", "an economist", "a spokesperson" };
    private static readonly string[] Places = { "Konstantinovka", "Donetsk", "Kyiv", "Geneva", "Harbor Point", "St. Petersburg", "Westbury", "Elvaria" };
    private static readonly string[] Subjects = { "The council", "Residents", "The ministry", "Analysts", "The company", "Local officials", "The workers’ union", "Observers" };
    private static readonly string[] Verbs = { "said", "warned", "added", "noted", "insisted", "argued", "stated", "explained" };
    private static readonly string[] Nouns = { "budget", "ceasefire", "bridge", "school", "election", "harbor", "pipeline", "hospital", "market", "railway" };
    private static readonly string[] Adjectives = { "critical", "fragile", "costly", "urgent", "contested", "historic", "uncertain", "stubborn" };
    private static readonly string[] Clauses =
    {
        "the situation on the ground remains complex",
        "we are not leaving, because this is our home",
        "nobody expected the talks to collapse so quickly",
        "the plan will cost far more than anyone admits",
        "our priority is to save lives and rebuild what has been lost",
        "it’s too early to say what the vote will mean",
        "the citizens’ patience is running out",
        "we don't have the money, and we won't pretend we do",
    };

    private static readonly string[] Narrative =
    {
        "The situation on the ground is rapidly evolving, with reports of heavy artillery exchanges disrupting civilian life and complicating humanitarian efforts.",
        "International observers, however, have raised concerns about the potential for further escalation in the coming weeks.",
        "Residents are reporting widespread destruction and a breakdown in essential services, from water to electricity.",
        "The outcome may well serve as a test for the broader process, with implications that extend far beyond the region.",
        "Independent verification of these claims remains difficult due to the lack of access to the area.",
        "The debate has exposed deep divisions over spending, and neither side appears ready to give ground before the vote.",
        "Critics argue that the plan has only deepened the uncertainty facing local families and small businesses.",
        "The figures, published late on Tuesday, showed a sharper decline than most economists had expected.",
    };

    private readonly Random _random;

    public CorpusSynthesizer(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Articles until their UTF-8 size reaches <paramref name="totalBytes"/>, named 000000.txt, 000001.txt, ….</summary>
    public IEnumerable<(string FileName, string Text)> Articles(long totalBytes)
    {
        long written = 0;
        for (var index = 0; written < totalBytes; index++)
        {
            var text = Article();
            written += Encoding.UTF8.GetByteCount(text);
            yield return (index.ToString("D6", CultureInfo.InvariantCulture) + ".txt", text);
        }
    }

    /// <summary>Exactly <paramref name="count"/> articles.</summary>
    public IEnumerable<(string FileName, string Text)> Articles(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return (index.ToString("D6", CultureInfo.InvariantCulture) + ".txt", Article());
        }
    }

    public string Article()
    {
        var builder = new StringBuilder(4096);
        var blankLines = _random.Next(3) != 0;
        var separator = blankLines ? "\n\n" : "\n";
        var people = new List<(string Full, string Surname, bool Female)>();
        for (var i = 0; i < 3; i++)
        {
            var given = _random.Next(GivenNames.Length);
            people.Add((GivenNames[given] + " " + Surnames[_random.Next(Surnames.Length)], Surnames[_random.Next(Surnames.Length)], given % 3 == 0));
        }

        if (_random.Next(4) != 0)
        {
            builder.Append(Headline()).Append("\n\n");
        }

        var paragraphs = 8 + _random.Next(14);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                builder.Append(separator);
            }

            builder.Append(Paragraph(people));
        }

        return builder.ToString();
    }

    private string Headline()
        => Capitalize(Pick(Adjectives)) + " " + Capitalize(Pick(Nouns)) + " Talks in " + Pick(Places) + " as " + Pick(Subjects).Replace("The ", string.Empty, StringComparison.Ordinal) + " Weigh " + Capitalize(Pick(Nouns)) + " Plan";

    private string Paragraph(List<(string Full, string Surname, bool Female)> people)
    {
        var person = people[_random.Next(people.Count)];
        var quote = Capitalize(Pick(Clauses));
        var style = _random.Next(7);
        var (open, close) = _random.Next(3) switch
        {
            0 => ("\u201C", "\u201D"),
            1 => ("\u2018", "\u2019"),
            _ => ("\"", "\""),
        };
        var context = Pick(Narrative) + " " + Pick(Subjects) + " " + Pick(Verbs) + " the " + Pick(Adjectives) + " " + Pick(Nouns) + " in " + Pick(Places) + " would be decided this week.";
        if (_random.Next(3) == 0)
        {
            // About a third of the seeds' paragraphs carry no quote.
            return context + " " + Pick(Narrative);
        }

        return style switch
        {
            0 => context + " " + open + quote + "," + close + " said " + Pick(Titles) + " " + person.Full + ", " + Pick(Roles) + ".",
            1 => context + " " + open + quote + "," + close + " " + person.Surname + " " + Pick(Verbs) + ".",
            2 => person.Full + " " + Pick(Verbs) + ": " + open + quote + "." + close + " " + context,
            3 => context + " " + open + quote + "," + close + " " + (person.Female ? "she" : "he") + " " + Pick(Verbs) + ".",
            4 => "According to " + person.Full + ", the " + Pick(Nouns) + " is " + open + Pick(Adjectives) + close + " and the residents’ mood is " + Pick(Adjectives) + ".",
            5 => context + " Officials described the " + Pick(Nouns) + " as " + open + Pick(Adjectives) + " but necessary" + close + ", and it’s unclear what comes next.",
            _ => context + " " + Capitalize(Pick(Nouns)) + " prices in the ’90s were lower, and " + person.Surname + "’s allies don't expect a " + Pick(Adjectives) + " outcome.",
        };
    }

    private string Pick(string[] words) => words[_random.Next(words.Length)];

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
