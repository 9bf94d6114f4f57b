using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>Word lists the attribution rules rely on, from the files in Data/. Lookups are case-sensitive unless noted.</summary>
internal static class Lexicon
{
    /// <summary>Speech verbs that characterize rather than report ("described it as ‘a nightmare’"): what they quote is a phrase.</summary>
    public static readonly HashSet<string> CharacterizingVerbs = WordList.Load("characterizing-verbs.txt");

    /// <summary>Verbs that report speech, in every form a news sentence uses them.</summary>
    public static readonly HashSet<string> ReportingVerbs = WordList.Load("reporting-verbs.txt");

    /// <summary>Every verb that attributes a quote: reporting and characterizing verbs.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(ReportingVerbs.Concat(CharacterizingVerbs), LexiconComparer.Instance);

    /// <summary>
    /// Verb forms that are more often plural nouns ("Roth’s remarks", "the union’s demands"); they count
    /// as verbs only right after a subject ("what he terms", "Moscow claims").
    /// </summary>
    public static readonly HashSet<string> NounLikeVerbForms = WordList.Load("noun-like-verb-forms.txt");

    /// <summary>Heads of indefinite phrases that name a document or a medium, not a source: "according to a report".</summary>
    public static readonly HashSet<string> DocumentNouns = WordList.Load("document-nouns.txt");

    /// <summary>Words of time phrases that may stand between a subject and its verb ("last year described").</summary>
    public static readonly HashSet<string> TimeWords = WordList.Load("time-words.txt");

    /// <summary>Words that may stand between a subject and its verb: auxiliaries and common adverbs.</summary>
    public static readonly HashSet<string> VerbModifiers = WordList.Load("verb-modifiers.txt");

    /// <summary>"Russian", "Nigerian", "Japanese": a word for a nationality or people.</summary>
    public static bool IsDemonym(string word)
        => word.Length > 4 && char.IsUpper(word[0]) && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal));

    /// <summary>Titles written before a name; the canonical name leaves them out.</summary>
    public static readonly HashSet<string> Titles = WordList.Load("titles.txt");

    /// <summary>Titles before a man's name ("Mr", "Sir") and before a woman's ("Mrs", "Dame").</summary>
    public static readonly HashSet<string> MaleTitles = WordList.Load("male-titles.txt");

    public static readonly HashSet<string> FemaleTitles = WordList.Load("female-titles.txt");

    /// <summary>The titles in lower case, as a story uses them for the person later: "the cardinal".</summary>
    public static readonly HashSet<string> LowerCaseTitles = new(Titles.Select(title => title.ToLowerInvariant()), LexiconComparer.Instance);

    /// <summary>The role noun a title carries: "justice" → "judge", "supt" → "superintendent".</summary>
    public static readonly Dictionary<string, string> TitleRoles = WordList.LoadPairs("title-roles.txt");

    /// <summary>Last words of places' names: "Montgomery County", "Western Province" are not people.</summary>
    public static readonly HashSet<string> PlaceSuffixes = WordList.Load("place-suffixes.txt");

    /// <summary>Generations after a name: "Kofi Boakye II", "Lorenzo Bautista Jr.". Canonical names keep them.</summary>
    public static readonly HashSet<string> Generations = WordList.Load("generations.txt");

    /// <summary>Letters after a name that are not part of it as a run of capitalized words: "Jonathan Swire KC", "Naveed Qureshi MP".</summary>
    public static readonly HashSet<string> PostNominals = new(WordList.Load("post-nominals.txt").Concat(Generations), LexiconComparer.Instance);

    /// <summary>
    /// Countries and continents, as the last word of their names: a run ending in one ("Cricket Australia",
    /// "Tourism New Zealand") is an organization or a place, not a person.
    /// </summary>
    public static readonly HashSet<string> Countries = WordList.Load("countries.txt");

    /// <summary>Role nouns that name a person by what they do (the president, an adviser, a spokesperson).</summary>
    public static readonly HashSet<string> RoleNouns = WordList.Load("role-nouns.txt");

    /// <summary>Head nouns of appositives that describe an organization or place, not a person.</summary>
    public static readonly HashSet<string> OrganizationNouns = WordList.Load("organization-nouns.txt");

    /// <summary>Capitalized words that make a name an organization's or a place's, not a person's.</summary>
    public static readonly HashSet<string> OrganizationWords = WordList.Load("organization-words.txt");

    /// <summary>Last words of sports clubs' names: "Northfleet United", "Fenwick Rovers" (but not "United States").</summary>
    public static readonly HashSet<string> ClubSuffixes = WordList.Load("club-suffixes.txt");

    /// <summary>Words that open an anonymous source's description: "a senior official", "two people familiar with …".</summary>
    public static readonly HashSet<string> IndefiniteOpeners = WordList.Load("indefinite-openers.txt");

    /// <summary>Nouns of anonymous sources, kept as written: "a senior official", "a source close to the administration".</summary>
    public static readonly HashSet<string> SourceNouns = WordList.Load("source-nouns.txt");

    public static readonly HashSet<string> MalePronouns = WordList.Load("male-pronouns.txt");

    public static readonly HashSet<string> FemalePronouns = WordList.Load("female-pronouns.txt");

    /// <summary>Words that start a relative or subordinate clause; a subject never reaches across them.</summary>
    public static readonly HashSet<string> ClauseStarters = WordList.Load("clause-starters.txt");

    /// <summary>Capitalized words that commonly start a sentence and are not names.</summary>
    public static readonly HashSet<string> SentenceStarters = WordList.Load("sentence-starters.txt");

    /// <summary>Role nouns that tell a person's gender: "the new princess" is a woman named before.</summary>
    public static readonly HashSet<string> FemaleRoleNouns = WordList.Load("female-role-nouns.txt");

    /// <summary>Role nouns that tell a person's gender: "the groom" is a man named before.</summary>
    public static readonly HashSet<string> MaleRoleNouns = WordList.Load("male-role-nouns.txt");

    /// <summary>Nouns a story uses for whom it is about: "said the top seed", "said the teenager".</summary>
    public static readonly HashSet<string> EpithetNouns = WordList.Load("epithet-nouns.txt");

    /// <summary>Titles that only stand before a name: the word after one is a name ("Mr Dean", "Ms King").</summary>
    public static readonly HashSet<string> Honorifics = WordList.Load("honorifics.txt");

    /// <summary>Reporting verbs whose object is the listener: the name in "he told Jane Smith" is spoken to, not speaking.</summary>
    public static readonly HashSet<string> ListenerVerbs = WordList.Load("listener-verbs.txt");

    /// <summary>Words that open an adverbial after an attribution: "‘…,’ she said during the hearing".</summary>
    public static readonly HashSet<string> AdjunctStarters = WordList.Load("adjunct-starters.txt");

    /// <summary>Prepositions a subject or an attribution clause does not run across: "a source close to the talks".</summary>
    public static readonly HashSet<string> Prepositions = WordList.Load("prepositions.txt");

    private static readonly HashSet<string> PrepositionsInAnyCase = new(Prepositions, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot open the predicate after a subject ("a question from Okafor about …").</summary>
    public static readonly HashSet<string> PredicateBlockers = WordList.Load("predicate-blockers.txt");

    /// <summary>Words that say a role is no longer held: "former chancellor".</summary>
    public static readonly HashSet<string> FormerMarkers = WordList.Load("former-markers.txt");

    /// <summary>A preposition, also as a sentence's capitalized first word ("In a statement, …"); no lower-case copy is made.</summary>
    public static bool IsPreposition(string word) => PrepositionsInAnyCase.Contains(word);

    public static Gender GenderOfRole(string noun)
        => FemaleRoleNouns.Contains(noun) ? Gender.Female : MaleRoleNouns.Contains(noun) ? Gender.Male : Gender.Unknown;

    public static bool IsPronoun(string word) => MalePronouns.Contains(word) || FemalePronouns.Contains(word);

    /// <summary>A pronoun that can stand as the subject of an attribution: he, she or they.</summary>
    public static bool IsSpeakerPronoun(string word) => IsPronoun(word) || word is "they" or "They";
}
