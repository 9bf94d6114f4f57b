using System.Collections.Generic;
using CorpusGen.Generator.Parsing.Attribution.Mentions;
using CorpusGen.Generator.Parsing.Attribution.Index;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ClauseLimits;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.NounPhrases;
using static CorpusGen.Generator.Parsing.Attribution.Speakers.Descriptions;
using static CorpusGen.Generator.Parsing.Attribution.Speakers.SubjectText;

namespace CorpusGen.Generator.Parsing.Attribution.Speakers;

/// <summary>
/// Turns a subject into a speaker: names to their fullest form without titles, he and she to the last person named,
/// "the president" to the person with that title, "the company" to the organization named last; anonymous sources
/// ("a senior official") are kept as written and remembered, so "the official" later is the same source.
/// </summary>
internal sealed class SubjectResolver
{
    private readonly IReadOnlyList<TokenizedParagraph> _paragraphs;
    private readonly PersonRegistry _registry;
    private readonly SubjectFinder _finder;
    private readonly List<AnonymousSource> _anonymousSources = new();
    private DocumentAuthors? _documentAuthors;
    private (int Paragraph, string Name)? _lastOrganization;

    public SubjectResolver(IReadOnlyList<TokenizedParagraph> paragraphs, PersonRegistry registry, SubjectFinder finder)
    {
        _paragraphs = paragraphs;
        _registry = registry;
        _finder = finder;
    }

    /// <summary>
    /// The person a sentence before <paramref name="before"/> is about, in this paragraph or the one before: the last
    /// name in the noun phrase it opens on ("And Agassi, who …", "Former club captain Marcel Daly said"). Its fullest
    /// form when the article names that person, else as written.
    /// </summary>
    private string? RecentSubject(TokenizedParagraph paragraph, int before)
    {
        for (var p = paragraph.Index; p >= 0 && p >= paragraph.Index - 1; p--)
        {
            var current = _paragraphs[p];
            var tokens = current.Tokens;
            var end = p == paragraph.Index ? current.SentenceStart(before) : tokens.Count;
            if (p == paragraph.Index && before > end && OpeningName.Of(tokens, end, before) is { } opening && _registry.Find(tokens, opening.First, opening.Last, current.Position(opening.First)) is { } person)
            {
                // "When Hewson finished his set, the Norwegian said": the person the sentence opened on.
                return person.CanonicalName;
            }

            while (end > 0)
            {
                var start = current.SentenceStart(end - 1);
                if (OpeningName.Of(tokens, start, end) is { } name && !OrganizationShapes.IsOrganization(tokens, name.First, name.Last))
                {
                    return _registry.Find(tokens, name.First, name.Last, current.Position(name.First))?.CanonicalName ?? AsWritten(current, name.First, name.Last);
                }

                end = start;
            }
        }

        return null;
    }

    /// <summary>The name the sentence from <paramref name="start"/> opens on, as written, unless it names a person.</summary>
    private string? ThingNamedAtOpening(TokenizedParagraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        if (OpeningName.Of(tokens, start, end) is not { } name || tokens[name.Last].IsPossessive
            || _registry.Find(tokens, name.First, name.Last, paragraph.Position(name.First)) is not null || NameFinder.IsGivenName(tokens[name.First].Base))
        {
            return null;
        }

        return AsWritten(paragraph, name.First, name.Last);
    }

    /// <summary>Turns a subject into a speaker, or null when it names no person or source.</summary>
    internal string? ResolveSubject(TokenizedParagraph paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        // Before trimming: "the Northfield East MP" would lose "MP", a post-nominal after a name.
        var qualifiedRole = QualifiedRole(tokens, first, last);
        (first, last) = TrimSubject(tokens, first, last);
        var position = paragraph.Position(first);
        if ((qualifiedRole ?? QualifiedRole(tokens, first, last)) is { } role)
        {
            // "the Northfield councillor", "the Transport Secretary": a role narrowed by a place or office names whom the passage is about.
            // The qualifier, not the bare noun, says who: another "MP" named earlier is not "the Northfield East MP".
            return _registry.LastMentioned(position, paragraph.Index, Lexicon.GenderOfRole(role))?.CanonicalName;
        }

        if (IsEpithet(tokens, first, last) && RecentSubject(paragraph, first) is { } subjectBefore)
        {
            // "said the German", "said the 20-year-old": an epithet describes whom the story has just been about, the
            // subject of a sentence just before, whether or not anything else showed that name to be a person.
            return subjectBefore;
        }

        if (last - first >= 2 && tokens[first].Text is "the" or "The" && Lexicon.RoleNouns.Contains(tokens[first + 1].Text) && tokens[first + 2].Text == "of")
        {
            // "the chair of judges": the role, whoever it is held over; "the mother of one of the infected children",
            // a role nobody named holds, is a source kept as written.
            if (_registry.WithRole(position, tokens[first + 1].Text) is null)
            {
                var written = AsWritten(paragraph, first, last);
                written = char.ToLowerInvariant(written[0]) + written.Substring(1);
                _anonymousSources.Add(new AnonymousSource(position, paragraph.Index, tokens[first + 1].Text, written, Singular: true));
                return written;
            }

            last = first + 1;
        }

        var head = tokens[first];
        if (head.Text is "a" or "A" or "an" or "An" or "the" or "The" && DocumentAuthors.AuthorInPhrase(paragraph, first, last) is { } writer)
        {
            // "according to a report commissioned by Field Links": the author's words.
            return writer;
        }

        if (first + 1 == last && head.Text is "the" or "The" && Lexicon.DocumentNouns.Contains(tokens[last].Text)
            && (_documentAuthors ??= new DocumentAuthors(_paragraphs)).Author(tokens[last].Text, position) is { } author)
        {
            // "the report concludes" after "a report by Telnova": the author's words.
            return author;
        }

        if (first == last && Lexicon.IsPronoun(head.Text))
        {
            var gender = Lexicon.FemalePronouns.Contains(head.Text) ? Gender.Female : Gender.Male;
            if (head.Text is "his" or "His" or "her" or "Her")
            {
                return null;
            }

            var mention = _registry.LastMention(position, paragraph.Index, gender);
            if (_anonymousSources.Count > 0 && _anonymousSources[_anonymousSources.Count - 1] is var source && source.Singular
                && source.Position < position && (mention is null || source.Position > mention.Position) && paragraph.Index - source.Paragraph <= 1)
            {
                // "One employee, who asked not to be named, said …" then "‘…,’ she said.": the source, not the last person named.
                return source.Text;
            }

            return mention?.Person.CanonicalName;
        }

        if (first == last && head.Text is "it" or "It")
        {
            // "The company said … In its statement, it described …": "it" is the organization that was speaking,
            // or one named earlier in the paragraph ("World Athletics said …, which it described as …").
            var sentence = paragraph.SentenceStart(first);
            if (first > sentence && ThingNamedAtOpening(paragraph, sentence, first) is { } subject)
            {
                // "Corvair has declined to say what it calls …": the thing its own sentence is about.
                return subject;
            }

            if (_lastOrganization is { } organization && paragraph.Index - organization.Paragraph <= 1)
            {
                return organization.Name;
            }

            return _registry.LatestOrganization(position, paragraph.PositionBase);
        }

        if (first == last && head.Text is "they" or "They")
        {
            // "The authors themselves are cautious. In the paper, they write …": the people the sentence before was about.
            return PluralSubjectBefore(paragraph, first);
        }

        if (head.Text is "His" or "his" or "Her" or "her" or "Its" or "its" or "Their" or "their" or "it" or "It" or "we" or "We" or "I")
        {
            return null;
        }

        if (first == last && (Lexicon.IndefiniteOpeners.Contains(head.Text) || head.Text is "others" or "Others" or "most" or "Most"))
        {
            // "what some had called …": nobody in particular.
            return null;
        }

        var lastWord = tokens[last].Text;
        var pluralGroup = IsPeoplePlural(tokens[last]) && !IsObjectOfPreposition(tokens, first, last);
        var isAnonymous = Lexicon.IndefiniteOpeners.Contains(head.Text) || pluralGroup
            || (Lexicon.SourceNouns.Contains(head.Text) && head.Text.EndsWith("s", System.StringComparison.Ordinal)) || head.Text == "people";
        if (isAnonymous)
        {
            var hasSource = false;
            for (var k = first; k <= last; k++)
            {
                hasSource |= Lexicon.SourceNouns.Contains(tokens[k].Text) || Lexicon.RoleNouns.Contains(tokens[k].Text);
            }

            var described = DescriptionHead(tokens, first, last);
            var personLikeHead = char.IsLower(tokens[described].Text[0]) && !Lexicon.DocumentNouns.Contains(tokens[described].Text) && !tokens[described].IsPossessive;
            if (!hasSource && !pluralGroup && !personLikeHead)
            {
                return null;
            }

            for (var k = first + 1; k <= last; k++)
            {
                if (tokens[k].Text is "who" or "which" or "that")
                {
                    // "a federal official who spoke on condition of anonymity": the source ends before its clause.
                    last = k - 1;
                    break;
                }
            }

            if (last - first >= 2 && tokens[first + 1].Text == "of" && tokens[first + 2].Text is "the" or "those"
                && LastAnonymousSource(tokens[last].Text, position) is { } group)
            {
                // "One of the people said": one of the sources named before.
                return group.Text;
            }

            var source = AsWritten(paragraph, first, last);
            if (first == paragraph.SentenceStart(first) && char.IsUpper(source[0]) && Lexicon.IndefiniteOpeners.Contains(tokens[first].Text))
            {
                // "A senior official said": the capital is the sentence's, not the source's.
                source = char.ToLowerInvariant(source[0]) + source.Substring(1);
            }

            var headNoun = HeadNoun(tokens, first, last);
            // A source a later "she said" can mean: one person, named by a role, and not an appositive ("Eze, 34, a former civil servant").
            var singular = hasSource && (IsSingularOpener(tokens[first].Text) || tokens[first].Text is "another" or "Another")
                && !headNoun.EndsWith("s", System.StringComparison.Ordinal) && (first == 0 || !tokens[first - 1].Is(','));
            _anonymousSources.Add(new AnonymousSource(position, paragraph.Index, headNoun, source, singular));
            return source;
        }

        if (!tokens[last].IsCapitalized && tokens[last].IsWord && HasPossessiveName(tokens, first, last))
        {
            // "Hartwell’s board said": the board speaks, not Hartwell.
            return AsWritten(paragraph, first, last);
        }

        for (var k = last; k >= first; k--)
        {
            // "Mr Dean", "Ms King": after an honorific the last word is the name, though elsewhere it may be a title.
            var nameAfterHonorific = k == last && k > first && Lexicon.Honorifics.Contains(tokens[k - 1].Base);
            if (tokens[k].IsCapitalized && (!Lexicon.Titles.Contains(tokens[k].Base) || nameAfterHonorific) && !IsDeterminer(tokens[k].Text))
            {
                var nameStart = k;
                while (nameStart > first && tokens[nameStart - 1].IsCapitalized && !tokens[nameStart - 1].IsPossessive && !Lexicon.Titles.Contains(tokens[nameStart - 1].Base))
                {
                    nameStart--;
                }

                // "Maya said" for "Maya Chen"; "Madam Tan" for "Madam Tan Bee Leng", a name written family name first.
                var person = _registry.Find(tokens, nameStart, k, position) ?? (nameStart == k ? _registry.FindByGivenName(tokens[k].Base) : null);
                if (person is not null)
                {
                    return person.CanonicalName;
                }

                if (first + 1 == last && head.Text is "the" or "The" && Lexicon.IsDemonym(tokens[k].Text))
                {
                    // "the Armenian said": a nationality standing for the person last named.
                    return _registry.LastMentioned(position, paragraph.Index, Gender.Unknown)?.CanonicalName;
                }

                var nameFirst = first;
                while (nameFirst < k && (Lexicon.Titles.Contains(tokens[nameFirst].Base) || IsDeterminer(tokens[nameFirst].Text) || !tokens[nameFirst].IsCapitalized)
                    && !OrganizationShapes.IsOrganization(tokens, nameFirst, nameFirst))
                {
                    nameFirst++;
                }

                if (nameFirst == k && _registry.OrganizationStartingWith(tokens[k].Base) is { } organization)
                {
                    _lastOrganization = (paragraph.Index, organization);
                    return organization;
                }

                // "the Harbour Trust (HT)": the abbreviation in brackets belongs to the name.
                var named = AsWritten(paragraph, nameFirst, k < last && tokens[k + 1].Is(')') ? k + 1 : k);
                if (nameFirst < k || OrganizationShapes.IsOrganization(tokens, nameFirst, k))
                {
                    // "World Athletics said …, which it described as": a later "it" is this organization.
                    _lastOrganization = (paragraph.Index, named);
                }

                return named;
            }
        }

        if (head.Text is "the" or "The" && first + 1 == last && (LastAnonymousSource(lastWord, position) ?? RecentAnonymousSource(lastWord, position)) is { } anonymous
            && (_registry.WithRole(position, lastWord) is null || anonymous.Position > _registry.LastMentionOf(lastWord, position)))
        {
            // "a senior government official said … the official said": the same source.
            return anonymous.Text;
        }

        if (head.Text is "the" or "The" && first + 1 == last && !Lexicon.RoleNouns.Contains(lastWord) && _registry.WithRole(position, lastWord) is { } titled)
        {
            // "the cardinal" after "Cardinal Cormac Byrne": a title a named person holds is also the word for them.
            return titled.CanonicalName;
        }

        if (head.Text is "the" or "The" && Lexicon.RoleNouns.Contains(lastWord))
        {
            // "the chancellor" is not "former chancellor Ken Marsh"; "the former chancellor" is.
            var held = RoleShapes.Held(tokens, last);
            return (_registry.WithRole(position, held) ?? _registry.LastMentioned(position, paragraph.Index, Lexicon.GenderOfRole(lastWord)))?.CanonicalName;
        }

        if (head.Text is "the" or "The" && Lexicon.OrganizationNouns.Contains(lastWord))
        {
            // "the company said": the organization named last, or the noun phrase as written without "the".
            var named = _registry.Organization(position, lastWord) ?? AsWritten(paragraph, first + 1, last);
            _lastOrganization = (paragraph.Index, named);
            return named;
        }

        return null;
    }

    /// <summary>"the authors" when the sentence before the one at <paramref name="index"/> opens with "The authors", else null.</summary>
    internal string? PluralSubjectBefore(TokenizedParagraph paragraph, int index)
    {
        var sentence = paragraph.SentenceStart(index);
        if (sentence > 0)
        {
            return PluralSubjectOf(paragraph, paragraph.SentenceStart(sentence - 1));
        }

        if (paragraph.Index == 0)
        {
            return null;
        }

        var previous = _paragraphs[paragraph.Index - 1];
        return previous.Tokens.Count == 0 ? null : PluralSubjectOf(previous, previous.SentenceStart(previous.Tokens.Count - 1));
    }

    /// <summary>"a source close to the star … the insider said": a source noun refers to the last anonymous source, whatever its noun.</summary>
    internal AnonymousSource? RecentAnonymousSource(string noun, int position)
    {
        if (!Lexicon.SourceNouns.Contains(noun) || _anonymousSources.Count == 0)
        {
            return null;
        }

        var latest = _anonymousSources[_anonymousSources.Count - 1];
        return latest.Position < position ? latest : null;
    }

    internal AnonymousSource? LastAnonymousSource(string noun, int position)
    {
        for (var i = _anonymousSources.Count - 1; i >= 0; i--)
        {
            if (_anonymousSources[i].Position < position && string.Equals(_anonymousSources[i].Head, noun, System.StringComparison.Ordinal))
            {
                return _anonymousSources[i];
            }
        }

        return null;
    }
}
