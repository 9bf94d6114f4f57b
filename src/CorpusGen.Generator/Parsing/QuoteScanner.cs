using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Finds quotes in a paragraph fed to it one block at a time. Opening and closing marks are paired
/// on a stack, so quotes nest (‘… ‘Maidan’ …’, ‘… “all is well” …’); a ’ or ' inside a word, before
/// a digit (’90s) or closing a plural possessive (the workers’ union) is read as an apostrophe.
/// </summary>
internal sealed class QuoteScanner
{
    /// <summary>Deeper nesting than this is not news text; further marks are read as plain characters.</summary>
    public const int MaxDepth = 16;

    private readonly List<OpenQuote> _open;
    private readonly List<QuoteSpan> _found;

    public QuoteScanner()
    {
        _open = new List<OpenQuote>();
        _found = new List<QuoteSpan>();
    }

    private QuoteScanner(QuoteScanner other)
    {
        _open = new List<OpenQuote>(other._open);
        _found = new List<QuoteSpan>(other._found);
    }

    public int OpenCount => _open.Count;

    public IReadOnlyList<OpenQuote> Open => _open;

    public IReadOnlyList<QuoteSpan> Found => _found;

    public QuoteScanner Clone() => new(this);

    /// <summary>Forgets everything, for the next paragraph.</summary>
    public void Reset()
    {
        _open.Clear();
        _found.Clear();
    }

    /// <summary>Scans <paramref name="segment"/>, which starts at <paramref name="baseOffset"/> of the paragraph after <paramref name="previous"/>.</summary>
    public void Feed(string segment, int baseOffset, char previous)
    {
        for (var i = segment.IndexOfAny(QuoteMarks.All); i >= 0; i = i + 1 < segment.Length ? segment.IndexOfAny(QuoteMarks.All, i + 1) : -1)
        {
            var c = segment[i];
            var before = i == 0 ? previous : segment[i - 1];
            var after = i + 1 < segment.Length ? segment[i + 1] : QuoteMarks.None;
            if (HandleDoubledSingle(segment, i, baseOffset, before))
            {
                i++;
                continue;
            }

            Handle(c, before, after, segment, i, baseOffset);
        }
    }

    /// <summary>
    /// Copy typed on a typewriter keyboard writes a double mark as two singles: ‘‘ (or '') opens and ’’ (or '') closes a
    /// double quote. Returns true when the pair at <paramref name="offset"/> was read as one double mark.
    /// </summary>
    private bool HandleDoubledSingle(string segment, int index, int baseOffset, char before)
    {
        var c = segment[index];
        var second = index + 1 < segment.Length ? segment[index + 1] : QuoteMarks.None;
        var after = index + 2 < segment.Length ? segment[index + 2] : QuoteMarks.None;
        var offset = baseOffset + index;
        if (second != c)
        {
            return false;
        }

        if (c is QuoteMarks.RightSingle or '\'' && TopIsDouble() && !char.IsWhiteSpace(before) && QuoteMarks.IsClosingContext(after))
        {
            Pop(offset, isClosed: true, closingLength: 2);
            return true;
        }

        if (c is QuoteMarks.LeftSingle or '\'' && QuoteMarks.IsOpeningContext(before) && after != QuoteMarks.None && !char.IsWhiteSpace(after))
        {
            if (ReopensSpeech(QuoteMarkFamily.CurlyDouble, before, after, segment, index, out var speechEnd))
            {
                PopUnclosed(baseOffset + speechEnd);
            }

            Push(QuoteMarkFamily.CurlyDouble, offset, markLength: 2);
            return true;
        }

        return false;
    }

    private bool TopIsDouble() => TopIs(QuoteMarkFamily.CurlyDouble) || TopIs(QuoteMarkFamily.StraightDouble) || TopIs(QuoteMarkFamily.LowDouble);

    /// <summary>Ends the paragraph at <paramref name="paragraphLength"/>: every quote still open runs to the end and is returned.</summary>
    public List<OpenQuote> CloseParagraph(int paragraphLength)
    {
        var unclosed = new List<OpenQuote>(_open);
        var depth = 0;
        foreach (var open in _open)
        {
            if (HoldsAClosedQuoteOfItsOwnMarks(open, depth))
            {
                // A stray mark (a "retirement fund would need "big" changes): never closed, and the same marks close a
                // whole quote inside it, which they would not if it were a quote. It is left out, and what it held is not nested.
                LiftQuotesInside(open, depth);
                continue;
            }

            if (paragraphLength > open.TextStart)
            {
                _found.Add(new QuoteSpan(open.TextStart, paragraphLength, depth, open.MarkOffset, IsClosed: false, open.Family));
            }

            depth++;
        }

        _open.Clear();
        return unclosed;
    }

    private bool HoldsAClosedQuoteOfItsOwnMarks(OpenQuote open, int depth)
    {
        foreach (var span in _found)
        {
            if (span.MarkOffset > open.MarkOffset && span.Depth == depth + 1 && span.IsClosed && span.Family == open.Family)
            {
                return true;
            }
        }

        return false;
    }

    private void LiftQuotesInside(OpenQuote open, int depth)
    {
        for (var i = 0; i < _found.Count; i++)
        {
            if (_found[i].MarkOffset > open.MarkOffset && _found[i].Depth > depth)
            {
                _found[i] = _found[i] with { Depth = _found[i].Depth - 1 };
            }
        }
    }

    private void Handle(char c, char before, char after, string segment, int index, int baseOffset)
    {
        var offset = baseOffset + index;
        if (QuoteMarks.OpeningFamily(c) is { } opening && ReopensSpeech(opening, before, after, segment, index, out var speechEnd))
        {
            // The paragraph of speech before it ends with its sentence, unclosed, as a paragraph of speech does.
            PopUnclosed(baseOffset + speechEnd);
        }

        switch (c)
        {
            case QuoteMarks.LeftDouble:
                if (!TryClose(offset, QuoteMarkFamily.LowDouble, topOnly: true))
                {
                    Push(QuoteMarkFamily.CurlyDouble, offset);
                }

                break;
            case QuoteMarks.RightDouble:
                TryClose(offset, QuoteMarkFamily.CurlyDouble, QuoteMarkFamily.LowDouble);
                break;
            case QuoteMarks.LowDouble:
                Push(QuoteMarkFamily.LowDouble, offset);
                break;
            case QuoteMarks.LowSingle:
                Push(QuoteMarkFamily.LowSingle, offset);
                break;
            case QuoteMarks.LeftGuillemet:
                Push(QuoteMarkFamily.Guillemet, offset);
                break;
            case QuoteMarks.RightGuillemet:
                TryClose(offset, QuoteMarkFamily.Guillemet);
                break;
            case QuoteMarks.LeftSingleGuillemet:
                Push(QuoteMarkFamily.SingleGuillemet, offset);
                break;
            case QuoteMarks.RightSingleGuillemet:
                TryClose(offset, QuoteMarkFamily.SingleGuillemet);
                break;
            case QuoteMarks.LeftSingle:
                if (QuoteMarks.IsInWord(before, after))
                {
                    break;
                }

                if (!TryClose(offset, QuoteMarkFamily.LowSingle, topOnly: true))
                {
                    Push(QuoteMarkFamily.CurlySingle, offset, introduced: QuoteMarks.OpensSpeech(segment, index));
                }

                break;
            case QuoteMarks.RightSingle:
                HandleSingleCloserOrApostrophe(before, after, segment, index, offset, QuoteMarkFamily.CurlySingle);
                break;
            case '"':
                HandleStraightDouble(before, after, offset);
                break;
            case '\'':
                HandleStraightSingle(before, after, segment, index, offset);
                break;
        }
    }

    /// <summary>
    /// A quote that runs over paragraphs has no closing mark at the end of each paragraph and a fresh opening mark
    /// at the start of the next. Where the layout lost those paragraph breaks (“We will win. “It is clear …”), a
    /// sentence end, a space and an opening mark of the same family as the open quote is the next paragraph of the
    /// same speech: <paramref name="speechEnd"/> is where the previous one ends, after its sentence's punctuation.
    /// </summary>
    private bool ReopensSpeech(QuoteMarkFamily family, char before, char after, string segment, int index, out int speechEnd)
    {
        speechEnd = -1;
        if (!char.IsWhiteSpace(before) || !char.IsLetterOrDigit(after) || !TopIs(family))
        {
            return false;
        }

        var single = family is QuoteMarkFamily.StraightSingle or QuoteMarkFamily.CurlySingle;
        if (single && !char.IsUpper(after))
        {
            // A lower-case word after a single mark is more likely an elision (’em) than a new paragraph.
            return false;
        }

        var end = index;
        while (end > 0 && char.IsWhiteSpace(segment[end - 1]))
        {
            end--;
        }

        var punctuation = end;
        while (punctuation > 0 && segment[punctuation - 1] is QuoteMarks.RightSingle or '\'' or ')')
        {
            // A nested quote or an aside closed with the sentence: ‘… a ‘fresh start’.
            punctuation--;
        }

        if (punctuation == 0 || segment[punctuation - 1] is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        speechEnd = end;
        return true;
    }

    private void HandleSingleCloserOrApostrophe(char before, char after, string segment, int index, int offset, QuoteMarkFamily family)
    {
        if (QuoteMarks.IsInWord(before, after))
        {
            return;
        }

        if (QuoteMarks.IsOpeningContext(before) && after != QuoteMarks.None && char.IsLetterOrDigit(after))
        {
            // Elision at a word's start: ’90s, ’em, rock ’n’ roll.
            return;
        }

        if (!TopIs(family) && !(family == QuoteMarkFamily.CurlySingle && TopIs(QuoteMarkFamily.LowSingle)))
        {
            // Nothing of this family to close: a possessive or an elision at a word's end.
            return;
        }

        if (Apostrophes.IsPluralPossessive(before, segment, index))
        {
            return;
        }

        if (Apostrophes.IsElisionEnd(segment, index))
        {
            return;
        }

        Pop(offset);
    }

    private void HandleStraightDouble(char before, char after, int offset)
    {
        if (TopIs(QuoteMarkFamily.StraightDouble) && (!char.IsWhiteSpace(before) || QuoteMarks.IsClosingContext(after)))
        {
            Pop(offset);
        }
        else if (QuoteMarks.IsOpeningContext(before) && after != QuoteMarks.None && !char.IsWhiteSpace(after))
        {
            Push(QuoteMarkFamily.StraightDouble, offset);
        }
        else
        {
            // An inch mark (12") or a stray mark: not a quote.
            TryClose(offset, QuoteMarkFamily.StraightDouble);
        }
    }

    private void HandleStraightSingle(char before, char after, string segment, int index, int offset)
    {
        if (QuoteMarks.IsInWord(before, after))
        {
            return;
        }

        if (QuoteMarks.IsOpeningContext(before) && after != QuoteMarks.None && char.IsLetterOrDigit(after))
        {
            if (char.IsDigit(after) || Apostrophes.IsLeadingElision(segment, index + 1))
            {
                return;
            }

            Push(QuoteMarkFamily.StraightSingle, offset, introduced: QuoteMarks.OpensSpeech(segment, index));
            return;
        }

        HandleSingleCloserOrApostrophe(before, after, segment, index, offset, QuoteMarkFamily.StraightSingle);
    }

    private bool TopIs(QuoteMarkFamily family) => _open.Count > 0 && _open[_open.Count - 1].Family == family;

    private void Push(QuoteMarkFamily family, int offset, int markLength = 1, bool introduced = false)
    {
        if (_open.Count < MaxDepth)
        {
            _open.Add(new OpenQuote(family, offset, markLength, introduced));
        }
    }

    private void Pop(int closingOffset) => Pop(closingOffset, isClosed: true);

    /// <summary>Ends the innermost quote at <paramref name="endOffset"/> with no closing mark.</summary>
    private void PopUnclosed(int endOffset) => Pop(endOffset, isClosed: false);

    private void Pop(int endOffset, bool isClosed, int closingLength = 1)
    {
        var open = _open[_open.Count - 1];
        _open.RemoveAt(_open.Count - 1);
        if (endOffset > open.TextStart)
        {
            _found.Add(new QuoteSpan(open.TextStart, endOffset, _open.Count, open.MarkOffset, isClosed, open.Family, closingLength));
        }
    }

    private bool TryClose(int offset, QuoteMarkFamily family, bool topOnly = false) => TryClose(offset, family, family, topOnly);

    /// <summary>
    /// Closes the innermost open quote of either family. A single quote that speech opened inside it and never closed
    /// ends with it (“I kept telling myself ‘I won’t give up,” she said); other marks opened inside it are dropped as
    /// stray (“They call it ’Nam and move on,” he said).
    /// </summary>
    private bool TryClose(int offset, QuoteMarkFamily family, QuoteMarkFamily alternative, bool topOnly = false)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Family == family || _open[i].Family == alternative)
            {
                for (var inner = i + 1; inner < _open.Count; inner++)
                {
                    if (_open[inner].Family is QuoteMarkFamily.CurlySingle or QuoteMarkFamily.StraightSingle && _open[inner].Introduced && offset > _open[inner].TextStart)
                    {
                        _found.Add(new QuoteSpan(_open[inner].TextStart, offset, inner, _open[inner].MarkOffset, IsClosed: false, _open[inner].Family));
                    }
                }

                _open.RemoveRange(i + 1, _open.Count - i - 1);
                Pop(offset);
                return true;
            }

            if (topOnly)
            {
                return false;
            }
        }

        return false;
    }

}
