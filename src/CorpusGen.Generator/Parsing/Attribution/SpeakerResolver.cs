using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing.Attribution.Index;
using CorpusGen.Generator.Parsing.Attribution.Mentions;
using CorpusGen.Generator.Parsing.Attribution.Sieves;
using CorpusGen.Generator.Parsing.Attribution.Speakers;
using static CorpusGen.Generator.Parsing.Attribution.Mentions.ReportingClauses;
using static CorpusGen.Generator.Parsing.Attribution.Speakers.SubjectText;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Attributes each quote of an article: the sieves of <see cref="AttributionSieves"/> find the words that name its
/// speaker, <see cref="SubjectResolver"/> turns them into a speaker, and speech that none decides continues the
/// speech before it. Also groups the parts of a quote that runs over several paragraphs.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly SubjectFinder _finder;
    private readonly SubjectResolver _subjects;
    private (int Paragraph, string Speaker)? _lastSpeech;
    private List<QuotePart>? _openChain;

    private SpeakerResolver(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        var registry = PersonRegistryBuilder.Build(paragraphs);
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
            var resumes = paragraph.Paragraph.ResumesQuote && spans[q].MarkOffset == 0;
            if (_openChain is not null && (resumes || _openChain[_openChain.Count - 1].Paragraph == paragraph))
            {
                _openChain.Add(part);
            }
            else
            {
                FinishChain(output);
                _openChain = new List<QuotePart> { part };
            }

            // A quote left open before the next one in its paragraph was ended by a reopening mark: the same speech goes on.
            var runsOn = !spans[q].IsClosed && (!IsLastTopLevel(spans, q) || paragraph.Paragraph.ContinuesQuote);
            if (!runsOn)
            {
                FinishChain(output);
            }
        }

        NoteReportedSpeech(paragraph, noted, paragraph.Tokens.Count);
    }

    /// <summary>Who a sentence with the speech verb at <paramref name="verb"/> and no quote reports.</summary>
    private string? ReportedSpeaker(TokenizedParagraph paragraph, int sentence, int end, int verb)
    {
        var tokens = paragraph.Tokens;
        if (SubjectAtSentenceEnd(paragraph, sentence) is { } closing && ClosesTheSentence(tokens, closing, end))
        {
            // "Currently, a project can take three months, says Ms Deane.": the clause that closes the sentence.
            return _subjects.ResolveSubject(paragraph, closing.First, closing.Last);
        }

        return IsReportingVerb(tokens[verb]) && _finder.SubjectBefore(paragraph, verb) is { } subject
            ? _subjects.ResolveSubject(paragraph, subject.First, subject.Last)
            : null;
    }

    /// <summary>"…, says Ms Deane." or "…, Ms Deane says.": a reporting verb right beside the subject, and nothing after them.</summary>
    private static bool ClosesTheSentence(List<Token> tokens, (int First, int Last) subject, int sentenceEnd)
    {
        if (!tokens[subject.First].IsCapitalized && tokens[subject.First].Text is not ("the" or "a" or "an" or "its" or "his" or "her" or "their"))
        {
            // "…, said managers read a statement": what follows the verb is what was said, not who said it.
            return false;
        }

        for (var k = subject.First; k <= subject.Last; k++)
        {
            if (Lexicon.VerbModifiers.Contains(tokens[k].Text))
            {
                // "…, said the machine would appeal to …": a clause of its own, not a subject.
                return false;
            }
        }

        var next = subject.Last + 1;
        if (next < sentenceEnd && IsReportingVerb(tokens[next]))
        {
            next++;
        }
        else if (subject.First == 0 || !IsReportingVerb(tokens[subject.First - 1]))
        {
            return false;
        }

        return next >= sentenceEnd || (next == sentenceEnd - 1 && !tokens[next].IsWord);
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
            var speaker = AccordingToBefore(paragraph, last) is { } source
                ? _subjects.ResolveSubject(paragraph, source.First, source.Last)
                : SpeechVerbBefore(paragraph, last) is var verb && verb >= sentence ? ReportedSpeaker(paragraph, sentence, end, verb) : null;
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

    /// <summary>
    /// Attributes the open chain of quote parts and writes it out: one part, or an AP-style quote over several
    /// paragraphs, is one quote; paragraphs of speech whose breaks the layout lost (“… the end. “The next …”) are
    /// quotes of their own, and one that names no speaker is the speech of the attribution after it.
    /// </summary>
    private void FinishChain(List<ParsedQuote> output)
    {
        if (_openChain is null)
        {
            return;
        }

        var parts = _openChain;
        _openChain = null;
        var groups = new List<(int Start, int End)>();
        for (var start = 0; start < parts.Count;)
        {
            var end = start + 1;
            while (end < parts.Count && parts[end].Paragraph != parts[end - 1].Paragraph)
            {
                end++;
            }

            groups.Add((start, end));
            start = end;
        }

        var before = _lastSpeech;
        var texts = new string[groups.Count];
        var attributions = new Attribution[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            texts[g] = TextOf(parts, groups[g]);
            attributions[g] = Attribute(parts[groups[g].Start], parts[groups[g].End - 1], texts[g], mayContinue: groups.Count == 1);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var first = parts[groups[g].Start];
            var last = parts[groups[g].End - 1];
            if (groups.Count > 1 && attributions[g].Speaker is null && attributions[g].Kind == ParsedQuoteKind.Direct && attributions[g].Sieve is null)
            {
                attributions[g] = SpeechOfTheChain(attributions, g, first.Paragraph.Index, texts[g], before);
            }

            var attribution = attributions[g];
            output.Add(new ParsedQuote(texts[g], attribution.Speaker, attribution.Kind, first.Paragraph.Index, first.Span.Start, first.Span.Length, last.Paragraph.Index, attribution.How, attribution.Sieve));
            for (var part = groups[g].Start; part < groups[g].End; part++)
            {
                WriteInnerQuotes(parts[part], attribution, output);
            }
        }
    }

    /// <summary>
    /// For a paragraph of speech in a chain that names no speaker: the speaker of an earlier paragraph of the same
    /// speech, else the attribution of a later one (“… the end. “The next,” said Hale.”), else the speech before the chain.
    /// </summary>
    private static Attribution SpeechOfTheChain(Attribution[] attributions, int index, int paragraph, string text, (int Paragraph, string Speaker)? before)
    {
        for (var earlier = index - 1; earlier >= 0; earlier--)
        {
            if (attributions[earlier].Speaker is { } speaker)
            {
                return new Attribution(speaker, ParsedQuoteKind.Direct, ParsedAttribution.Continuation, AttributionSieves.ContinuationId);
            }
        }

        for (var later = index + 1; later < attributions.Length && !text.TrimEnd().EndsWith("?", System.StringComparison.Ordinal); later++)
        {
            // A question before it may be someone else's ("“Are you leaving? “No,” he said.").
            if (attributions[later].Speaker is { } speaker)
            {
                return new Attribution(speaker, ParsedQuoteKind.Direct, ParsedAttribution.Continuation, AttributionSieves.SpeechChainId);
            }
        }

        return before is { } previous && paragraph - previous.Paragraph <= 1
            ? new Attribution(previous.Speaker, ParsedQuoteKind.Direct, ParsedAttribution.Continuation, AttributionSieves.ContinuationId)
            : attributions[index];
    }

    private static string TextOf(List<QuotePart> parts, (int Start, int End) group)
        => group.End - group.Start == 1 ? parts[group.Start].Text : string.Join("\n\n", parts.Skip(group.Start).Take(group.End - group.Start).Select(part => part.Text));

    /// <summary>Quotes inside a part of a speech: a phrase or speech the speaker quotes goes with the speaker's attribution.</summary>
    private static void WriteInnerQuotes(QuotePart part, Attribution attribution, List<ParsedQuote> output)
    {
        var spans = part.Paragraph.Paragraph.Quotes;
        var text = part.Paragraph.Paragraph.Text;
        for (var inner = part.SpanIndex + 1; inner < spans.Count && spans[inner].Depth > 0; inner++)
        {
            var innerText = text.Substring(spans[inner].Start, spans[inner].Length);
            var introduced = IntroducedBySpeechVerb(text, spans[inner].MarkOffset);
            var innerKind = introduced || QuoteKindClassifier.ReadsAsSentence(innerText) ? ParsedQuoteKind.Direct : ParsedQuoteKind.Phrase;
            output.Add(new ParsedQuote(innerText, attribution.Speaker, innerKind, part.Paragraph.Index, spans[inner].Start, spans[inner].Length, part.Paragraph.Index, attribution.How, attribution.Sieve));
        }
    }

    /// <summary>Attributes the quote from <paramref name="first"/> to <paramref name="last"/>; speech no sieve decides continues the speech before it when <paramref name="mayContinue"/>.</summary>
    private Attribution Attribute(QuotePart first, QuotePart last, string quoteText, bool mayContinue)
    {
        var quote = new SieveQuote(first, last, _finder);
        SieveMatch? match = null;
        foreach (var sieve in AttributionSieves.Ordered)
        {
            match = sieve.Match(quote);
            if (match is not null)
            {
                break;
            }
        }

        if (match is { NobodysWords: true })
        {
            return new Attribution(null, ParsedQuoteKind.Phrase, ParsedAttribution.None, match.Value.SieveId);
        }

        var speaker = match?.Subject is { } found ? _subjects.ResolveSubject(found.Paragraph, found.First, found.Last) : null;
        for (var f = 0; speaker is null && match is not { Adjacent: true } && f < AttributionSieves.Fallbacks.Length; f++)
        {
            if (AttributionSieves.Fallbacks[f].Match(quote) is { } fallback)
            {
                match = fallback;
                var final = fallback.Subject!.Value;
                speaker = _subjects.ResolveSubject(final.Paragraph, final.First, final.Last);
            }
        }

        var kind = QuoteKindClassifier.Classify(quoteText, match?.Adjacent ?? false, match?.Reported ?? false);
        if (kind == ParsedQuoteKind.Phrase && (QuoteKindClassifier.IsTitleCase(quoteText) || IsNameGiven(first, quoteText)))
        {
            // A quoted title or name ("her “Homes for Whitford” program", "whom he identified only as “Dre,”") is not something someone said.
            return new Attribution(null, kind, ParsedAttribution.None, null);
        }

        if (speaker is not null && match?.Subject is { } named)
        {
            _lastSpeech = (last.Paragraph.Index, speaker);
            return new Attribution(speaker, kind, AttributionOf(named.Paragraph, named.First, named.Last, match.Value.Beside, speaker), match.Value.SieveId);
        }

        if (mayContinue && kind == ParsedQuoteKind.Direct && _lastSpeech is { } previous && first.Paragraph.Index - previous.Paragraph <= 1)
        {
            return new Attribution(previous.Speaker, kind, ParsedAttribution.Continuation, AttributionSieves.ContinuationId);
        }

        return new Attribution(null, kind, ParsedAttribution.None, null);
    }

    /// <summary>What attribution decided for a quote: its speaker, kind, how the speaker was found and the deciding sieve.</summary>
    private readonly record struct Attribution(string? Speaker, ParsedQuoteKind Kind, ParsedAttribution How, string? Sieve);

    /// <summary>
    /// How the subject of an attribution gave <paramref name="speaker"/>: by a pronoun (“…,” she said), by a role
    /// resolved to a name named elsewhere (“…,” the minister said), or naming the speaker itself, beside the quote
    /// or as the subject of a reporting verb further off in its sentence.
    /// </summary>
    private static ParsedAttribution AttributionOf(TokenizedParagraph paragraph, int first, int last, bool beside, string speaker)
    {
        var (from, to) = TrimSubject(paragraph.Tokens, first, last);
        if (from == to && (Lexicon.IsSpeakerPronoun(paragraph.Tokens[from].Text) || paragraph.Tokens[from].Text is "it" or "It"))
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
