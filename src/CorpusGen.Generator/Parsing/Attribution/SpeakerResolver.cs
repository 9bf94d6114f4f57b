using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing.Attribution.Mentions;
using CorpusGen.Generator.Parsing.Attribution.Speakers;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ReportingClauses;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.TrailingAttribution;
using static CorpusGen.Generator.Parsing.Attribution.Speakers.SubjectText;

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
    private readonly SubjectFinder _finder;
    private readonly SubjectResolver _subjects;
    private (int Paragraph, string Speaker)? _lastSpeech;
    private List<QuotePart>? _openChain;

    private SpeakerResolver(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        var registry = PersonRegistry.Build(paragraphs);
        _finder = new SubjectFinder(registry);
        _subjects = new SubjectResolver(paragraphs, registry, _finder);
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
                speaker = _subjects.ResolveSubject(paragraph, source.First, source.Last);
            }
            else
            {
                var verb = SpeechVerbBefore(paragraph, last);
                if (verb >= sentence && IsReportingVerb(tokens[verb]) && _finder.SubjectBefore(paragraph, verb) is { } subject)
                {
                    speaker = _subjects.ResolveSubject(paragraph, subject.First, subject.Last);
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
                if (_finder.SubjectBefore(first.Paragraph, verb) is { } range)
                {
                    subject = (first.Paragraph, range.First, range.Last, adjacent);
                }
            }
        }

        if (subject is { } found)
        {
            speaker = _subjects.ResolveSubject(found.Paragraph, found.First, found.Last);
        }

        if (speaker is null && !adjacent && SubjectAtSentenceEnd(last.Paragraph, last.TokenIndex) is { } final)
        {
            // "Management had been ‘blindsided’ by the decision, said a senior official."
            reported = true;
            subject = (last.Paragraph, final.First, final.Last, false);
            speaker = _subjects.ResolveSubject(last.Paragraph, final.First, final.Last);
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
}
