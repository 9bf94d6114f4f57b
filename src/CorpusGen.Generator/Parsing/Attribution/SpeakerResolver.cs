using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Attributes each quote, in this order: an attribution right after it (‘…,’ said NAME / ‘…,’ NAME
/// said); a reporting verb earlier in its sentence and that verb's subject (NAME said that …, what
/// NAME called …); for speech with neither, the speaker of the previous attributed speech in the same
/// or the previous paragraph. Subjects resolve through the article's <see cref="PersonRegistry"/>:
/// names to their fullest form without titles, he and she to the last person named, "the president"
/// to the person with that title; anonymous sources ("a senior official") are kept as written.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxSubjectTokens = 12;
    private const int MaxTrailingTokens = 12;

    private static readonly HashSet<string> AdjunctStarters = new(System.StringComparer.Ordinal)
    {
        "during", "after", "before", "outside", "via", "through", "later", "afterward", "afterwards", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last", "this", "earlier",
    };

    private static readonly HashSet<string> Prepositions = new(System.StringComparer.Ordinal)
    {
        "to", "of", "for", "from", "in", "at", "on", "with", "near", "inside", "within", "familiar", "close",
    };

    private readonly IReadOnlyList<TokenizedParagraph> _paragraphs;
    private readonly PersonRegistry _registry;
    private (int Paragraph, string Speaker)? _lastSpeech;
    private List<QuotePart>? _openChain;
    private (int Paragraph, string Name)? _lastOrganization;
    private readonly List<AnonymousSource> _anonymousSources = new();

    private SpeakerResolver(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        _paragraphs = paragraphs;
        _registry = PersonRegistry.Build(paragraphs);
    }

    public static List<ParsedQuote> Resolve(IReadOnlyList<AssembledParagraph> paragraphs, CancellationToken cancellationToken)
    {
        var tokenized = new List<TokenizedParagraph>(paragraphs.Count);
        var position = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = new TokenizedParagraph(i, paragraphs[i], position);
            tokenized.Add(paragraph);
            position += paragraph.Tokens.Count + 1;
        }

        var resolver = new SpeakerResolver(tokenized);
        var quotes = new List<ParsedQuote>();
        foreach (var paragraph in tokenized)
        {
            cancellationToken.ThrowIfCancellationRequested();
            resolver.ResolveParagraph(paragraph, quotes);
        }

        resolver.FinishChain(quotes);

        return quotes;
    }

    private void ResolveParagraph(TokenizedParagraph paragraph, List<ParsedQuote> output)
    {
        var spans = paragraph.Paragraph.Quotes;
        var noted = 0;
        for (var q = 0; q < spans.Count; q++)
        {
            if (spans[q].Depth != 0)
            {
                continue;
            }

            var part = new QuotePart(paragraph, q);
            NoteReportedSpeech(paragraph, noted, part.TokenIndex);
            noted = paragraph.SentenceEnd(part.TokenIndex);
            if (_openChain is not null && paragraph.Paragraph.ResumesQuote && spans[q].MarkOffset == 0)
            {
                _openChain.Add(part);
            }
            else
            {
                FinishChain(output);
                _openChain = new List<QuotePart> { part };
            }

            var runsOn = paragraph.Paragraph.ContinuesQuote && !spans[q].IsClosed && IsLastTopLevel(spans, q);
            if (!runsOn)
            {
                FinishChain(output);
            }
        }

        NoteReportedSpeech(paragraph, noted, paragraph.Tokens.Count);
    }

    /// <summary>
    /// Sentences without quotes that report speech ("…, according to a senior clinician." or "…, a
    /// senior diplomat said on condition of anonymity.") make their source the one follow-up quotes
    /// continue, and the one "the clinician" refers to.
    /// </summary>
    private void NoteReportedSpeech(TokenizedParagraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        for (var sentence = from; sentence < to; sentence = paragraph.SentenceEnd(sentence))
        {
            var end = System.Math.Min(paragraph.SentenceEnd(sentence), to);
            if (end <= sentence || paragraph.SentenceStart(end - 1) != sentence || ContainsQuote(tokens, sentence, end))
            {
                continue;
            }

            // The sentence's last token stands in for a quote at its end.
            var last = end - 1;
            string? speaker = null;
            if (AccordingToBefore(paragraph, last) is { } source)
            {
                speaker = ResolveSubject(paragraph, source.First, source.Last);
            }
            else
            {
                var verb = SpeechVerbBefore(paragraph, last);
                if (verb >= sentence && IsReportingVerb(tokens[verb]) && SubjectBefore(paragraph, verb) is { } subject)
                {
                    speaker = ResolveSubject(paragraph, subject.First, subject.Last);
                }
            }
            if (speaker is not null)
            {
                _lastSpeech = (paragraph.Index, speaker);
            }
        }
    }

    private static bool IsLastTopLevel(IReadOnlyList<QuoteSpan> spans, int index)
    {
        for (var i = index + 1; i < spans.Count; i++)
        {
            if (spans[i].Depth == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"They called me and said, ‘Stay home,’": a nested quote right after a reporting verb and a comma or colon is speech.</summary>
    private static bool IntroducedBySpeechVerb(string text, int mark)
    {
        var end = mark - 1;
        while (end >= 0 && text[end] == ' ')
        {
            end--;
        }

        if (end < 1 || (text[end] != ',' && text[end] != ':'))
        {
            return false;
        }

        var wordEnd = end;
        var wordStart = wordEnd - 1;
        while (wordStart >= 0 && char.IsLetter(text[wordStart]))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart + 1, wordEnd - wordStart - 1);
        return Lexicon.ReportingVerbs.Contains(word);
    }

    /// <summary>Attributes the open chain of quote parts (one part, or an AP-style quote over several paragraphs) and writes it out.</summary>
    private void FinishChain(List<ParsedQuote> output)
    {
        if (_openChain is null)
        {
            return;
        }

        var parts = _openChain;
        _openChain = null;
        var first = parts[0];
        var last = parts[parts.Count - 1];
        var text = string.Join("\n\n", parts.Select(part => part.Text));
        var (speaker, kind, attribution) = Attribute(first, last, text);
        output.Add(new ParsedQuote(text, speaker, kind, first.Paragraph.Index, first.Span.Start, first.Span.Length, last.Paragraph.Index, attribution));

        // Quotes inside this one: a phrase inside speech is the speaker's; nested speech is someone else's.
        foreach (var part in parts)
        {
            var spans = part.Paragraph.Paragraph.Quotes;
            for (var inner = part.SpanIndex + 1; inner < spans.Count && spans[inner].Depth > 0; inner++)
            {
                var innerText = part.Paragraph.Paragraph.Text.Substring(spans[inner].Start, spans[inner].Length);
                var introduced = IntroducedBySpeechVerb(part.Paragraph.Paragraph.Text, spans[inner].MarkOffset);
                var innerKind = introduced || QuoteKindClassifier.ReadsAsSentence(innerText) ? ParsedQuoteKind.Direct : ParsedQuoteKind.Phrase;
                var innerSpeaker = speaker;
                output.Add(new ParsedQuote(innerText, innerSpeaker, innerKind, part.Paragraph.Index, spans[inner].Start, spans[inner].Length, part.Paragraph.Index, attribution));
            }
        }
    }

    private (string? Speaker, ParsedQuoteKind Kind, ParsedAttribution Attribution) Attribute(QuotePart first, QuotePart last, string quoteText)
    {
        if (first.TokenIndex > 0 && first.Paragraph.Tokens[first.TokenIndex - 1].Text is "so-called" or "so\u2011called")
        {
            // "so-called “surprise” drills": a scare quote is nobody's words.
            return (null, ParsedQuoteKind.Phrase, ParsedAttribution.None);
        }

        if (first.TokenIndex > 0 && first.Paragraph.Tokens[first.TokenIndex - 1].Text is "titled" or "entitled" or "headlined" or "subtitled")
        {
            // "The paper, titled “Transgenerational plasticity confers …,”": a title, however much it reads as a sentence.
            return (null, ParsedQuoteKind.Phrase, ParsedAttribution.None);
        }

        string? speaker = null;
        var adjacent = false;
        var reported = false;
        (TokenizedParagraph Paragraph, int First, int Last, bool Beside)? subject = null;

        var after = SubjectAfter(last.Paragraph, last.TokenIndex);
        if (after is { } afterSubject)
        {
            // A partial quote inside a sentence ("Bees are “not built for heat,” she said") is not speech by position alone.
            adjacent = OpensItsSentence(first.Paragraph, first.TokenIndex);
            reported = true;
            subject = (last.Paragraph, afterSubject.First, afterSubject.Last, true);
        }
        else if (AccordingToBefore(first.Paragraph, first.TokenIndex) is { } source && source.First > SpeechVerbBefore(first.Paragraph, first.TokenIndex))
        {
            reported = true;
            adjacent = first.TokenIndex - source.Last <= 2;
            subject = (first.Paragraph, source.First, source.Last, adjacent);
        }
        else if (PassiveAgentBefore(first.Paragraph, first.TokenIndex) is { } agent && agent.Verb > SpeechVerbBefore(first.Paragraph, first.TokenIndex))
        {
            // "the community had been told by curators that the objects were “too fragile to travel”"
            reported = !Lexicon.CharacterizingVerbs.Contains(first.Paragraph.Tokens[agent.Verb].Text);
            subject = (first.Paragraph, agent.First, agent.Last, false);
        }
        else
        {
            var verb = SpeechVerbBefore(first.Paragraph, first.TokenIndex);
            if (verb >= 0)
            {
                reported = !Lexicon.CharacterizingVerbs.Contains(first.Paragraph.Tokens[verb].Text);
                adjacent = reported && IntroducesDirectly(first.Paragraph.Tokens, verb, first.TokenIndex);
                if (SubjectBefore(first.Paragraph, verb) is { } range)
                {
                    subject = (first.Paragraph, range.First, range.Last, adjacent);
                }
            }
        }

        if (subject is { } found)
        {
            speaker = ResolveSubject(found.Paragraph, found.First, found.Last);
        }

        if (speaker is null && !adjacent && SubjectAtSentenceEnd(last.Paragraph, last.TokenIndex) is { } final)
        {
            // "Management had been ‘blindsided’ by the decision, said a senior official."
            reported = true;
            subject = (last.Paragraph, final.First, final.Last, false);
            speaker = ResolveSubject(last.Paragraph, final.First, final.Last);
        }

        var kind = QuoteKindClassifier.Classify(quoteText, adjacent, reported);
        if (kind == ParsedQuoteKind.Phrase && (QuoteKindClassifier.IsTitleCase(quoteText) || IsNameGiven(first, quoteText)))
        {
            // A quoted title or name ("her “Homes for Whitford” program", "whom he identified only as “Dre,”") is not something someone said.
            return (null, kind, ParsedAttribution.None);
        }

        if (speaker is not null && subject is { } named)
        {
            _lastSpeech = (last.Paragraph.Index, speaker);
            return (speaker, kind, AttributionOf(named.Paragraph, named.First, named.Last, named.Beside, speaker));
        }

        if (kind == ParsedQuoteKind.Direct && _lastSpeech is { } previous && first.Paragraph.Index - previous.Paragraph <= 1)
        {
            return (previous.Speaker, kind, ParsedAttribution.Continuation);
        }

        return (null, kind, ParsedAttribution.None);
    }

    /// <summary>
    /// How the subject of an attribution gave <paramref name="speaker"/>: by a pronoun (“…,” she said), by a role
    /// resolved to a name named elsewhere (“…,” the minister said), or naming the speaker itself, beside the quote
    /// or as the subject of a reporting verb further off in its sentence.
    /// </summary>
    private static ParsedAttribution AttributionOf(TokenizedParagraph paragraph, int first, int last, bool beside, string speaker)
    {
        var (from, to) = TrimSubject(paragraph.Tokens, first, last);
        if (from == to && (Lexicon.IsPronoun(paragraph.Tokens[from].Text) || paragraph.Tokens[from].Text is "they" or "They"))
        {
            return ParsedAttribution.Pronoun;
        }

        var written = AsWritten(paragraph, from, to);
        var surname = speaker.Substring(speaker.LastIndexOf(' ') + 1);
        if (written.IndexOf(surname, System.StringComparison.Ordinal) < 0)
        {
            return ParsedAttribution.Role;
        }

        return beside ? ParsedAttribution.Beside : ParsedAttribution.ReportingVerb;
    }

    /// <summary>"identified only as “Dre,”", "a dog named “Biscuit”": one capitalized word given as a name.</summary>
    private static bool IsNameGiven(QuotePart quote, string quoteText)
        => quote.TokenIndex > 0 && quote.Paragraph.Tokens[quote.TokenIndex - 1].Text is "as" or "named" or "nicknamed"
            && QuoteKindClassifier.IsSingleCapitalizedWord(quoteText);

    /// <summary>
    /// ‘…,’ said NAME / ‘…,’ NAME said / ‘…,’ the district's superintendent, NAME, said: the clause right
    /// after the quote is an attribution and nothing more.
    /// </summary>
    private static (int First, int Last)? SubjectAfter(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var start = quoteToken + 1;
        if (start < tokens.Count && tokens[start].Is(','))
        {
            start++;
        }

        var end = start;
        while (end < tokens.Count && tokens[end].IsWord)
        {
            end++;
            if (end + 2 < tokens.Count && tokens[end].Is('(') && ClosingParenthesis(tokens, end) is var close and > 0)
            {
                // "Deputy Commissioner of Police (Cybercrime) Kavitha Ramaswamy told reporters": the aside is part of the clause.
                end = close + 1;
            }
        }

        if (end == start || Lexicon.ClauseStarters.Contains(tokens[start].Text))
        {
            return null;
        }

        if (IsReportingVerb(tokens[start]) && tokens[start].Text.EndsWith("ing", System.StringComparison.Ordinal))
        {
            // "…“less than half capacity”, warning of shortages across the Western region": a participle shares
            // the sentence's subject; what follows it is not one.
            return null;
        }

        if (IsReportingVerb(tokens[start]) && end > start + 1 && end - start <= MaxSubjectTokens + 1)
        {
            return InvertedSubject(tokens, start + 1, end);
        }

        if (IsAccordingTo(tokens, start) && end > start + 2)
        {
            return (start + 2, end - 1);
        }

        var subject = SubjectEndingWithVerb(tokens, start, end);
        if (subject is null && end < tokens.Count && tokens[end].Is(','))
        {
            // An appositive inside the attribution: the clause runs on to the sentence's end.
            var extendedEnd = end;
            while (extendedEnd < tokens.Count && (tokens[extendedEnd].IsWord || tokens[extendedEnd].Is(',')))
            {
                extendedEnd++;
            }

            subject = SubjectEndingWithVerb(tokens, start, extendedEnd);
        }

        return subject;
    }

    /// <summary>The index of the ")" closing a short aside opened at <paramref name="open"/>, or -1.</summary>
    private static int ClosingParenthesis(List<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k <= open + 6; k++)
        {
            if (tokens[k].Is(')'))
            {
                return k + 1 < tokens.Count && tokens[k + 1].IsWord ? k : -1;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The index of the "(" opening a short aside closed at <paramref name="close"/>, or -1.</summary>
    private static int OpeningParenthesis(List<Token> tokens, int start, int close)
    {
        for (var k = close - 1; k >= start && k >= close - 6; k--)
        {
            if (tokens[k].Is('('))
            {
                return k;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject after an inverted verb: "said Mayor Jane Doe on Tuesday" ends before "on";
    /// "said the coach, Bob Stone." is Bob Stone.
    /// </summary>
    private static (int First, int Last)? InvertedSubject(List<Token> tokens, int first, int end)
    {
        var last = end - 1;
        var appositiveFollows = end + 1 < tokens.Count && tokens[end].Is(',');
        var endsInCommonNoun = tokens[last].IsWord && !tokens[last].IsCapitalized;
        if (appositiveFollows && (!tokens[first].IsCapitalized || endsInCommonNoun))
        {
            // "said the coach, Bob Stone." and "said Skyline’s chief executive, Farhan Siddiqui, who …": the name in the appositive.
            var nameEnd = end + 1;
            while (nameEnd < tokens.Count && tokens[nameEnd].IsWord)
            {
                nameEnd++;
            }

            if (IsNameRun(tokens, end + 1, nameEnd - 1) && (nameEnd == tokens.Count || !tokens[nameEnd].IsWord))
            {
                return (end + 1, nameEnd - 1);
            }
        }

        if (tokens[first].IsCapitalized)
        {
            for (var k = first + 1; k < end; k++)
            {
                if (Prepositions.Contains(tokens[k].Text) || AdjunctStarters.Contains(tokens[k].Text))
                {
                    last = k - 1;
                    break;
                }
            }
        }
        return (first, last);
    }

    /// <summary>
    /// When tokens [start, end) are a subject and a reporting verb, optionally followed by where or to
    /// whom it was said ("told reporters", "said in a statement"), the subject.
    /// </summary>
    private static (int First, int Last)? SubjectEndingWithVerb(List<Token> tokens, int start, int end)
    {
        if (end - start > MaxSubjectTokens + MaxTrailingTokens)
        {
            return null;
        }

        for (var verb = start + 1; verb < end; verb++)
        {
            if (!IsReportingVerb(tokens[verb]))
            {
                continue;
            }

            if (!IsAttributionTail(tokens, verb, end) || verb - start > MaxSubjectTokens)
            {
                return null;
            }

            var last = verb - 1;
            while (last > start && (Lexicon.VerbModifiers.Contains(tokens[last].Text) || tokens[last].Is(',')))
            {
                last--;
            }

            return Lexicon.VerbModifiers.Contains(tokens[last].Text) ? null : (start, last);
        }

        return null;
    }

    /// <summary>What may follow the verb of an attribution: nothing, modifiers, a place or time ("in a statement", "on Monday") or, after "told", the listener.</summary>
    private static bool IsAttributionTail(List<Token> tokens, int verb, int end)
    {
        var next = verb + 1;
        while (next < end && Lexicon.VerbModifiers.Contains(tokens[next].Text))
        {
            next++;
        }

        if (next == end)
        {
            return true;
        }

        if (end - next > MaxTrailingTokens || !tokens[next].IsWord)
        {
            return false;
        }

        return Prepositions.Contains(tokens[next].Text) || AdjunctStarters.Contains(tokens[next].Text)
            || (tokens[verb].Text is "told" or "tells" or "telling");
    }

    private static bool IsAccordingTo(List<Token> tokens, int index) => SourceMarkerLength(tokens, index) > 0;

    /// <summary>"according to" (2 words) or "in the words of" (4 words) at <paramref name="index"/>, else 0.</summary>
    private static int SourceMarkerLength(List<Token> tokens, int index)
    {
        if (index + 1 < tokens.Count && tokens[index].Text is "according" or "According" && tokens[index + 1].Text == "to")
        {
            return 2;
        }

        return index + 3 < tokens.Count && tokens[index].Text is "in" or "In" && tokens[index + 1].Text == "the"
            && tokens[index + 2].Text == "words" && tokens[index + 3].Text == "of" ? 4 : 0;
    }

    private static bool IsReportingVerb(Token token)
        => token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text) && !Lexicon.CharacterizingVerbs.Contains(token.Text);

    /// <summary>An attribution closing the quote's sentence after a comma: "…, said NAME." or "…, NAME said."</summary>
    private static (int First, int Last)? SubjectAtSentenceEnd(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var end = paragraph.SentenceEnd(quoteToken);
        if (end > 0 && !tokens[end - 1].IsWord)
        {
            end--;
        }

        // Each comma-separated clause after the quote, from the last: ", said a senior official, who spoke …".
        var clauseEnd = end;
        for (var comma = end - 1; comma > quoteToken + 1; comma--)
        {
            if (tokens[comma].Is(','))
            {
                for (var k = comma + 1; k < clauseEnd; k++)
                {
                    if (!tokens[k].IsWord)
                    {
                        return null;
                    }
                }

                var subject = clauseEnd > comma + 2 && IsReportingVerb(tokens[comma + 1])
                    ? InvertedSubject(tokens, comma + 2, clauseEnd)
                    : SubjectEndingWithVerb(tokens, comma + 1, clauseEnd);
                if (subject is not null)
                {
                    return subject;
                }

                clauseEnd = comma;
            }
            else if (!tokens[comma].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when nothing but punctuation stands between the start of the sentence and the quote.</summary>
    private static bool OpensItsSentence(TokenizedParagraph paragraph, int quoteToken)
    {
        for (var k = paragraph.SentenceStart(quoteToken); k < quoteToken; k++)
        {
            if (paragraph.Tokens[k].IsWord || paragraph.Tokens[k].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Not passive ("was told"), and a noun-like form ("remarks") only right after its subject.</summary>
    private static bool IsUsedAsVerb(List<Token> tokens, int verb, int start)
    {
        if (verb == start)
        {
            return !Lexicon.NounLikeVerbForms.Contains(tokens[verb].Text);
        }

        var previous = tokens[verb - 1];
        if (IsPassiveAuxiliary(previous.Text))
        {
            return false;
        }

        if (tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal) && previous.IsWord && verb - 2 >= start
            && (IsDeterminer(tokens[verb - 2].Text) || tokens[verb - 2].Text is "a" or "an" or "A" or "An"))
        {
            // "an amber warning", "a press briefing": a determiner and a word before it make an -ing form a noun.
            return false;
        }

        if (IsDeterminer(previous.Text) || previous.Text is "this" or "that" or "these" or "those" or "a" or "an" || previous.IsPossessive)
        {
            // "the recall", "the claim", "an earnings call": after a determiner the word is a noun.
            return false;
        }

        return !Lexicon.NounLikeVerbForms.Contains(tokens[verb].Text)
            || (previous.IsWord && !previous.IsPossessive && (previous.IsCapitalized || previous.Text is "he" or "she" or "it" or "they" or "He" or "She" or "It" or "They"));
    }

    /// <summary>"According to NAME, “…”": the source named earlier in the sentence.</summary>
    private static (int First, int Last)? AccordingToBefore(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(quoteToken);
        for (var k = start; k + 2 < quoteToken; k++)
        {
            var marker = SourceMarkerLength(tokens, k);
            if (marker == 0)
            {
                continue;
            }

            var end = k + marker;
            while (end < quoteToken && tokens[end].IsWord)
            {
                end++;
            }

            // "in the words of its director, Elisabeth Moreau,": the appositive names the source.
            if (end + 1 < quoteToken && tokens[end].Is(','))
            {
                var nameEnd = end + 1;
                while (nameEnd < quoteToken && tokens[nameEnd].IsWord)
                {
                    nameEnd++;
                }

                if (IsNameRun(tokens, end + 1, nameEnd - 1))
                {
                    return (end + 1, nameEnd - 1);
                }
            }

            return end > k + marker ? (k + marker, end - 1) : null;
        }

        return null;
    }

    /// <summary>
    /// "had been told by curators for years that …" before the quote in its sentence: the passive speech verb and the
    /// noun phrase after its "by", or null.
    /// </summary>
    private static (int Verb, int First, int Last)? PassiveAgentBefore(TokenizedParagraph paragraph, int quoteToken)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(quoteToken);
        for (var verb = quoteToken - 2; verb > start; verb--)
        {
            if (!Lexicon.SpeechVerbs.Contains(tokens[verb].Text) || !IsPassiveAuxiliary(tokens[verb - 1].Text)
                || tokens[verb + 1].Text != "by")
            {
                continue;
            }

            var first = verb + 2;
            var last = first;
            while (last + 1 < quoteToken && tokens[last + 1].IsWord && !Prepositions.Contains(tokens[last + 1].Text)
                && !Lexicon.ClauseStarters.Contains(tokens[last + 1].Text))
            {
                last++;
            }

            return first < quoteToken && tokens[first].IsWord ? (verb, first, last) : null;
        }

        return null;
    }

    /// <summary>"she said, “…”", "Smith said: “…”", "Smith told reporters: “…”": the verb introduces the quote itself.</summary>
    private static bool IntroducesDirectly(List<Token> tokens, int verb, int quoteToken)
    {
        var words = 0;
        for (var k = verb + 1; k < quoteToken; k++)
        {
            if (tokens[k].IsWord)
            {
                words++;
            }
            else if (!tokens[k].Is(',') && !tokens[k].Is(':'))
            {
                return false;
            }
        }

        return quoteToken - 1 > verb ? (words <= 3 && (tokens[quoteToken - 1].Is(',') || tokens[quoteToken - 1].Is(':'))) : true;
    }

    /// <summary>The last reporting verb before the quote in its sentence, or -1.</summary>
    private static int SpeechVerbBefore(TokenizedParagraph paragraph, int quoteToken)
    {
        var start = paragraph.SentenceStart(quoteToken);
        for (var k = quoteToken - 1; k >= start; k--)
        {
            var token = paragraph.Tokens[k];
            if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text) && IsUsedAsVerb(paragraph.Tokens, k, start))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The subject of the verb at <paramref name="verb"/>: skips auxiliaries, appositives and relative pronouns.</summary>
    private (int First, int Last)? SubjectBefore(TokenizedParagraph paragraph, int verb)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(verb);
        if (verb > start && (tokens[verb - 1].IsQuote || (tokens[verb - 1].Is(',') && verb - 2 >= start && tokens[verb - 2].IsQuote)))
        {
            // "‘Fine,’ said Novak, ‘but …’": the subject follows the verb.
            var end = verb + 1;
            while (end < tokens.Count && tokens[end].IsWord)
            {
                end++;
            }

            return end > verb + 1 ? InvertedSubject(tokens, verb + 1, end) : null;
        }

        var k = verb - 1;
        while (k >= start && tokens[k].IsWord && (Lexicon.VerbModifiers.Contains(tokens[k].Text) || Lexicon.TimeWords.Contains(tokens[k].Text)))
        {
            k--;
        }

        if (k < start)
        {
            return null;
        }

        if (tokens[k].Is(','))
        {
            if (tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal))
            {
                // "…, the company said in a statement, adding that": the participle shares the subject of
                // the reporting verb before it; "…, arguing that": else the clause's, the first person named.
                for (var earlier = k - 1; earlier >= start; earlier--)
                {
                    if (IsReportingVerb(tokens[earlier]) && IsUsedAsVerb(tokens, earlier, start))
                    {
                        return SubjectBefore(paragraph, earlier);
                    }
                }

                return SentenceSubject(paragraph, start, k);
            }

            // "NAME, a 62-year-old teacher …, described" and "NAME, 19, from Stockport, who …, said": skip the appositives.
            var close = k;
            while (true)
            {
                var open = close - 1;
                while (open >= start && !tokens[open].Is(','))
                {
                    open--;
                }

                if (open >= start && IsPlaceContinuation(tokens, open + 1, close - 1, start))
                {
                    // "…, a reef ecologist at James Cook University in Townsville, Australia, who …": the country goes with the town.
                    close = open;
                    continue;
                }

                // "A spokesman, Gregory Tully, said": the appositive is the name itself.
                if (open >= start && NameInAppositive(tokens, open + 1, close - 1) is { } name)
                {
                    return name;
                }

                if (open < start)
                {
                    return null;
                }

                if (!IsAppositive(tokens, open + 1, close - 1) || open - 1 < start || !LooksLikeAppositiveMaterial(tokens, open - 1, start))
                {
                    return open > start ? NounPhraseEndingAt(paragraph, start, open - 1) : null;
                }

                close = open;
            }
        }

        for (var back = k; back >= start && back > k - 4 && tokens[back].IsWord && !tokens[back].IsCapitalized; back--)
        {
            var adverbial = back == k || Prepositions.Contains(tokens[back + 1].Text) || Lexicon.VerbModifiers.Contains(tokens[back + 1].Text);
            if (tokens[back].Text is "and" or "but" && adverbial)
            {
                // "… rejected three bids and at one stage accused": the second verb shares the sentence's subject.
                return SentenceSubject(paragraph, start, back);
            }
        }

        if (tokens[k].Text is "and" or "but")
        {
            // "NAME called the plan … but warned that": the coordinated verb shares the earlier subject.
            return SentenceSubject(paragraph, start, k);
        }

        if (tokens[k].Text is "who" or "that" or "which")
        {
            var end = k - 1;
            if (end >= start && tokens[end].Is(','))
            {
                end--;
            }

            if (end - 2 >= start && char.IsDigit(tokens[end].Text[0]) && tokens[end - 1].Is(','))
            {
                // "Lorraine Batiste, 71, who told": the age is an appositive.
                end -= 2;
            }

            return end >= start ? NounPhraseEndingAt(paragraph, start, end) : null;
        }

        return NounPhraseEndingAt(paragraph, start, k);
    }

    /// <summary>
    /// The subject of a sentence's main clause, for a participle ("…, calling him") or a second verb
    /// ("… but warned"): the first person it names, or else the noun phrase it opens with.
    /// </summary>
    private (int First, int Last)? SentenceSubject(TokenizedParagraph paragraph, int start, int before)
    {
        var tokens = paragraph.Tokens;
        for (var k = start; k < before; k++)
        {
            var token = tokens[k];
            if (token.Text is "he" or "He" or "she" or "She")
            {
                return (k, k);
            }

            if (token.IsCapitalized && !token.IsPossessive && _registry.Find(token.Base) is not null)
            {
                var end = k;
                while (end + 1 < before && tokens[end + 1].IsCapitalized && !tokens[end].IsPossessive)
                {
                    end++;
                }

                return NounPhraseEndingAt(paragraph, start, end);
            }
        }

        var first = start;
        while (first < before && (tokens[first].Is(',') || tokens[first].Text is "But" or "And" or "Yet" or "So" or "Still" or "However" or "Then"))
        {
            first++;
        }

        var last = first;
        while (last + 1 < before && tokens[last + 1].IsWord && !LooksLikeVerb(tokens[last + 1]) && !Lexicon.ClauseStarters.Contains(tokens[last + 1].Text))
        {
            last++;
        }

        return first < before && tokens[first].IsWord ? (first, last) : null;
    }

    private static bool LooksLikeVerb(Token token)
        => Lexicon.SpeechVerbs.Contains(token.Text) || Lexicon.VerbModifiers.Contains(token.Text)
            || (!token.IsCapitalized && token.Text.Length > 4 && token.Text.EndsWith("ed", System.StringComparison.Ordinal));

    /// <summary>What an appositive holds: an age, a place ("from Stockport", "of Westbrook"), a role or a relative clause.</summary>
    private static bool IsAppositive(List<Token> tokens, int first, int last)
        => first <= last && (tokens[first].Text is "who" or "whose" or "which" or "from" or "of" or "a" or "an" or "the" or "based" or "aged"
            || char.IsDigit(tokens[first].Text[0]));

    /// <summary>True when the segment before an appositive is itself appositive material, so skipping goes on.</summary>
    private static bool LooksLikeAppositiveMaterial(List<Token> tokens, int last, int start)
    {
        var first = last;
        while (first - 1 >= start && !tokens[first - 1].Is(','))
        {
            first--;
        }

        return first - 1 >= start && tokens[first - 1].Is(',')
            && (char.IsDigit(tokens[first].Text[0]) || tokens[first].Text is "from" or "of" or "based" or "aged" || IsPlaceContinuation(tokens, first, last, start));
    }

    /// <summary>"Australia" in "… in Townsville, Australia, who": a segment of capitalized words that finishes a place named just before it.</summary>
    private static bool IsPlaceContinuation(List<Token> tokens, int first, int last, int start)
    {
        if (first > last || last - first > 2 || first - 2 < start || !tokens[first - 1].Is(','))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        var place = first - 2;
        while (place >= start && tokens[place].IsWord && tokens[place].IsCapitalized)
        {
            place--;
        }

        return place >= start && place < first - 2 && tokens[place].Text is "in" or "at" or "near" or "from" or "outside";
    }

    /// <summary>
    /// The name an appositive holds: "Gregory Tully", "businessman Rodrigo Quintanilla" (without the role)
    /// or "the Aviation Pilots Guild" (an organization, without "the").
    /// </summary>
    private static (int First, int Last)? NameInAppositive(List<Token> tokens, int first, int last)
    {
        if (IsNameRun(tokens, first, last))
        {
            return (first, last);
        }

        if (first < last && tokens[first].IsWord && !tokens[first].IsCapitalized
            && (Lexicon.RoleNouns.Contains(tokens[first].Text) || (tokens[first].Text == "the" && PersonRegistry.IsOrganization(tokens, first + 1, last)))
            && AllCapitalized(tokens, first + 1, last))
        {
            return (first + 1, last);
        }

        // "the broadcaster Dame Helen Ashworth", "a Belfast-born novelist, Ciara McAleese": a description, then the name.
        if (tokens[first].Text is "the" or "a" or "an")
        {
            var nameFirst = last;
            while (nameFirst - 1 > first && tokens[nameFirst - 1].IsCapitalized)
            {
                nameFirst--;
            }

            if (nameFirst < last && nameFirst - first <= 4 && tokens[nameFirst - 1].IsWord && !tokens[nameFirst - 1].IsCapitalized
                && !PersonRegistry.IsOrganization(tokens, nameFirst, last))
            {
                return (nameFirst, last);
            }
        }

        return null;
    }

    private static bool AllCapitalized(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return last - first <= 4;
    }

    private static bool IsNameRun(List<Token> tokens, int first, int last)
    {
        if (last < first || last - first > 3 || !tokens[first].IsCapitalized || !tokens[last].IsCapitalized)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || (!tokens[k].IsCapitalized && tokens[k].Text is not ("de" or "van" or "von" or "der" or "da" or "al" or "bin")))
            {
                return false;
            }
        }

        return !PersonRegistry.IsOrganization(tokens, first, last);
    }

    /// <summary>The noun phrase that ends at token <paramref name="end"/>: a name, a pronoun, or words back to a determiner.</summary>
    private static (int First, int Last)? NounPhraseEndingAt(TokenizedParagraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        if (end > start && tokens[end].Is(')') && OpeningParenthesis(tokens, start, end) is var open && open > start)
        {
            // "The National Environment Agency (NEA), which …, said": the name stands before its short form.
            end = open - 1;
        }

        if (end < start || !tokens[end].IsWord || Lexicon.ClauseStarters.Contains(tokens[end].Text))
        {
            return null;
        }

        if (tokens[end].IsCapitalized || Lexicon.IsPronoun(tokens[end].Text) || tokens[end].Text is "it" or "It" or "they" or "They")
        {
            var first = end;
            while (first - 1 >= start && end - first < MaxSubjectTokens)
            {
                var previous = tokens[first - 1];
                var opensSentence = Lexicon.SentenceStarters.Contains(previous.Text) && paragraph.SentenceStart(first - 1) == first - 1;
                if (previous.IsCapitalized && !opensSentence && !NameFinder.IsDescriptiveCompound(previous.Text)
                    && (!previous.IsPossessive || (PersonRegistry.IsOrganization(tokens, first, end) && !Lexicon.Countries.Contains(previous.Base))))
                {
                    // A possessive ends a name ("Putin’s administration") unless an organization's name goes on ("St. Brendan’s Medical Center").
                    first--;
                }
                else if (first - 2 >= start && tokens[first - 2].IsCapitalized && IsNameConnector(previous)
                    && (previous.Is('&') || PersonRegistry.IsOrganization(tokens, first - 2, end) || OrganizationNameEndsAt(tokens, start, first - 2)))
                {
                    // "Sierra Gas & Electric", "Ministry of Foreign Trade"
                    first -= 2;
                }
                else
                {
                    break;
                }
            }

            if (AnonymousSourceReaching(tokens, start, first) is { } opener)
            {
                // "a depot manager in Apapa", "a stallholder at a food centre in Ang Mo Kio": the place is part of the source.
                return (opener, end);
            }

            if (first - 2 >= start && tokens[first - 1].Text == "of" && tokens[first - 2].IsCapitalized && !PersonRegistry.IsOrganization(tokens, first, end))
            {
                // "Tigist Alemayehu of Ethiopia, …, called": the person, not the place.
                var person = first - 2;
                var personFirst = person;
                while (personFirst - 1 >= start && tokens[personFirst - 1].IsCapitalized && !Lexicon.SentenceStarters.Contains(tokens[personFirst - 1].Text))
                {
                    personFirst--;
                }

                return (personFirst, person);
            }

            return (first, end);
        }

        var k = end;
        while (k - 1 >= start && end - k < MaxSubjectTokens)
        {
            var previous = tokens[k - 1];
            var insideName = previous.Text == "and" && k - 2 >= start && tokens[k].IsCapitalized && OrganizationNameEndsAt(tokens, start, k - 2);
            // "one state trooper": after a determiner, a verb's form is a noun's.
            var verbAsNoun = k - 2 >= start && (IsDeterminer(tokens[k - 2].Text) || Lexicon.IndefiniteOpeners.Contains(tokens[k - 2].Text));
            if (!previous.IsWord || (Lexicon.SpeechVerbs.Contains(previous.Text) && !verbAsNoun)
                || (Lexicon.ClauseStarters.Contains(previous.Text) && !Prepositions.Contains(previous.Text) && !insideName))
            {
                break;
            }

            k--;
            if (previous.Text == "to" && k - 1 >= start && tokens[k - 1].Text is "according" or "According")
            {
                // "according to people familiar with the matter": the phrase starts after "to".
                k++;
                break;
            }

            if (IsDeterminer(previous.Text) && !(k - 1 >= start && tokens[k - 1].IsWord && Prepositions.Contains(tokens[k - 1].Text)))
            {
                break;
            }
        }

        return (k, end);
    }

    /// <summary>
    /// When the name at <paramref name="first"/> ends a description of an anonymous source ("a senior A&amp;E
    /// consultant in the north of England"), where that description opens; else null.
    /// </summary>
    private static int? AnonymousSourceReaching(List<Token> tokens, int start, int first)
    {
        if (first - 2 < start || tokens[first - 1].Text is not ("in" or "at" or "from" or "near" or "of" or "the"))
        {
            return null;
        }

        var sawSource = false;
        for (var k = first - 1; k >= start && k >= first - 12; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || Lexicon.SpeechVerbs.Contains(token.Text) || Lexicon.ClauseStarters.Contains(token.Text))
            {
                return null;
            }

            sawSource |= Lexicon.SourceNouns.Contains(token.Text) || Lexicon.RoleNouns.Contains(token.Text);
            if (IsSingularOpener(token.Text) && (sawSource || k == start))
            {
                // A description that is the whole subject of a speech verb is a source, whatever its noun ("A cleaner at …").
                return k;
            }
        }

        return null;
    }

    /// <summary>"Department of Health" before "and Social Care": an organization's name, with its connectors, ends at <paramref name="last"/>.</summary>
    private static bool OrganizationNameEndsAt(List<Token> tokens, int start, int last)
    {
        for (var k = last; k >= start && (tokens[k].IsCapitalized || IsNameConnector(tokens[k])); k--)
        {
            if (Lexicon.OrganizationWords.Contains(tokens[k].Base))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPassiveAuxiliary(string word) => word is "been" or "being" or "be" or "was" or "were" or "is" or "are";

    private static bool IsSingularOpener(string word) => word is "a" or "an" or "A" or "An" or "one" or "One";

    private static bool IsNameConnector(Token token) => token.Is('&') || token.Text is "of" or "and" or "for";

    private static bool IsDeterminer(string word)
        => word is "a" or "an" or "the" or "A" or "An" or "The" or "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their";

    /// <summary>Turns a subject into a speaker, or null when it names no person or source.</summary>
    private string? ResolveSubject(TokenizedParagraph paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        (first, last) = TrimSubject(tokens, first, last);
        var position = paragraph.Position(first);
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
        var pluralGroup = IsPeoplePlural(tokens[last]);
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
            if (tokens[k].IsCapitalized && !Lexicon.Titles.Contains(tokens[k].Base) && !IsDeterminer(tokens[k].Text))
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
                    && !PersonRegistry.IsOrganization(tokens, nameFirst, nameFirst))
                {
                    nameFirst++;
                }

                if (nameFirst == k && _registry.OrganizationStartingWith(tokens[k].Base) is { } organization)
                {
                    _lastOrganization = (paragraph.Index, organization);
                    return organization;
                }

                var named = AsWritten(paragraph, nameFirst, k);
                if (nameFirst < k || PersonRegistry.IsOrganization(tokens, nameFirst, k))
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

        if (head.Text is "the" or "The" && Lexicon.RoleNouns.Contains(lastWord))
        {
            return (_registry.WithRole(position, lastWord) ?? _registry.LastMentioned(position, paragraph.Index, Lexicon.GenderOfRole(lastWord)))?.CanonicalName;
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

    /// <summary>
    /// Narrows a subject to the words that name the speaker: "Meenakshi Iyer, Saraswati's chief financial
    /// officer" to the name, "with the chair of judges" without "with", "Jonathan Swire KC" without "KC",
    /// "Mariana Quishpe of Ecuador" without the country.
    /// </summary>
    private static (int First, int Last) TrimSubject(List<Token> tokens, int first, int last)
    {
        if (first < last && tokens[first].IsWord && Prepositions.Contains(tokens[first].Text) && tokens[first].Text is not ("to" or "of"))
        {
            first++;
        }

        for (var comma = first + 1; comma < last; comma++)
        {
            if (tokens[comma].Is(','))
            {
                var appositiveEnd = comma + 1;
                while (appositiveEnd <= last && !tokens[appositiveEnd].Is(','))
                {
                    appositiveEnd++;
                }

                var roleBeforeComma = tokens[comma - 1].IsWord && !tokens[comma - 1].IsCapitalized && Lexicon.RoleNouns.Contains(tokens[comma - 1].Text);
                if (IsNameRun(tokens, comma + 1, appositiveEnd - 1) && (roleBeforeComma || !ContainsCapitalized(tokens, first, comma - 1)))
                {
                    // "the chair of selectors, Georgina Park": the appositive is the name.
                    return (comma + 1, appositiveEnd - 1);
                }

                last = comma - 1;
                break;
            }
        }

        while (last > first && Lexicon.PostNominals.Contains(tokens[last].Base))
        {
            last--;
        }

        if (last - 2 >= first && tokens[last - 1].Text is "of" or "from" && Lexicon.Countries.Contains(tokens[last].Base) && tokens[last - 2].IsCapitalized
            && !PersonRegistry.IsOrganization(tokens, first, last - 2))
        {
            // "Mariana Quishpe of Ecuador" is Quishpe; the "Independent Petroleum Marketers Association of Nigeria" keeps its name.
            last -= 2;
        }

        return (first, last);
    }

    private static bool ContainsCapitalized(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsCapitalized && !IsDeterminer(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsQuote(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the authors" when the sentence before the one at <paramref name="index"/> opens with "The authors", else null.</summary>
    private string? PluralSubjectBefore(TokenizedParagraph paragraph, int index)
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

    private static string? PluralSubjectOf(TokenizedParagraph paragraph, int sentence)
    {
        var tokens = paragraph.Tokens;
        if (sentence >= tokens.Count || tokens[sentence].Text is not ("The" or "the"))
        {
            return null;
        }

        for (var k = sentence + 1; k < tokens.Count && k <= sentence + 3 && tokens[k].IsWord && !tokens[k].IsCapitalized; k++)
        {
            if (IsPeoplePlural(tokens[k]))
            {
                return "the " + AsWritten(paragraph, sentence + 1, k);
            }
        }

        return null;
    }

    /// <summary>"officials", "psychologists", "teachers": a plural noun for people.</summary>
    private static bool IsPeoplePlural(Token token)
    {
        var word = token.Text;
        if (!token.IsWord || token.IsPossessive || word.Length < 4 || !char.IsLower(word[0]) || !word.EndsWith("s", System.StringComparison.Ordinal))
        {
            return false;
        }

        return Lexicon.SourceNouns.Contains(word) || Lexicon.RoleNouns.Contains(word.Substring(0, word.Length - 1))
            || word.EndsWith("ists", System.StringComparison.Ordinal) || word.EndsWith("ians", System.StringComparison.Ordinal);
    }

    /// <summary>"a source close to the star … the insider said": a source noun refers to the last anonymous source, whatever its noun.</summary>
    private AnonymousSource? RecentAnonymousSource(string noun, int position)
    {
        if (!Lexicon.SourceNouns.Contains(noun) || _anonymousSources.Count == 0)
        {
            return null;
        }

        var latest = _anonymousSources[_anonymousSources.Count - 1];
        return latest.Position < position ? latest : null;
    }

    private AnonymousSource? LastAnonymousSource(string noun, int position)
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

    /// <summary>The source or role noun an anonymous description turns on: "official" in "a senior government official".</summary>
    /// <summary>"cleaner" in "A cleaner at a hospital in Kuala Terengganu": the word before the first preposition, else the last.</summary>
    private static int DescriptionHead(List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (Prepositions.Contains(tokens[k].Text))
            {
                return k - 1;
            }
        }

        return last;
    }

    private static string HeadNoun(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.SourceNouns.Contains(tokens[k].Text) || Lexicon.RoleNouns.Contains(tokens[k].Text))
            {
                return tokens[k].Text;
            }
        }

        return tokens[last].Text;
    }

    private static bool HasPossessiveName(List<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (tokens[k].IsCapitalized && tokens[k].IsPossessive)
            {
                return true;
            }
        }

        return false;
    }

    private static string AsWritten(TokenizedParagraph paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        var lastToken = tokens[last];
        var end = lastToken.IsPossessive ? lastToken.End - 2 : lastToken.End;
        return paragraph.Paragraph.Text.Substring(tokens[first].Start, end - tokens[first].Start);
    }
}
