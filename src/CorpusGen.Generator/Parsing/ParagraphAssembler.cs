using System.Collections.Generic;
using System.Threading;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Builds paragraphs from blocks and finds their quotes. A break is a layout artifact, and the two
/// blocks are joined, when it falls after an abbreviation that precedes a name ("St." / "Petersburg")
/// or inside an open quote that the next block closes without reopening it. A quote still open at a
/// paragraph's end runs to that end; it is reported unless the next block reopens it (AP style).
/// </summary>
internal sealed class ParagraphAssembler
{
    private readonly List<AssembledParagraph> _paragraphs = new();
    private readonly List<int> _unclosedMarks = new();
    private readonly List<(int ParagraphOffset, int NormalizedOffset)> _segments = new();
    private readonly List<string> _pieces = new();
    private int _length;
    private QuoteScanner _scanner = new();
    private bool _resumesQuote;

    /// <summary>Normalized offsets of opening marks whose quote never closed.</summary>
    public IReadOnlyList<int> UnclosedMarks => _unclosedMarks;

    public static ParagraphAssembler Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken)
    {
        var assembler = new ParagraphAssembler();
        for (var i = 0; i < blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            assembler.Add(blocks[i]);
        }

        assembler.FinishParagraph(next: null);
        return assembler;
    }

    public IReadOnlyList<AssembledParagraph> Paragraphs => _paragraphs;

    private void Add(TextBlock block)
    {
        if (_segments.Count == 0)
        {
            Append(block, _scanner);
            return;
        }

        if (Abbreviations.EndsWithNameAbbreviation(_pieces[_pieces.Count - 1]) && block.Text.Length > 0 && char.IsLetter(block.Text[0]))
        {
            Append(block, _scanner);
            return;
        }

        if (_scanner.OpenCount > 0 && !StartsWithOpeningMark(block.Text))
        {
            var trial = _scanner.Clone();
            var foundBefore = trial.Found.Count;
            var joinOffset = _length + 1;
            trial.Feed(block.Text, joinOffset, ' ');
            if (ClosesEarlierQuote(trial, foundBefore, joinOffset))
            {
                AppendScanned(block, trial);
                return;
            }
        }

        FinishParagraph(block);
        Append(block, _scanner);
    }

    private static bool ClosesEarlierQuote(QuoteScanner trial, int foundBefore, int joinOffset)
    {
        for (var i = foundBefore; i < trial.Found.Count; i++)
        {
            if (trial.Found[i].MarkOffset < joinOffset)
            {
                return true;
            }
        }

        return false;
    }

    private void Append(TextBlock block, QuoteScanner scanner)
    {
        var offset = _length == 0 ? 0 : _length + 1;
        scanner.Feed(block.Text, offset, offset == 0 ? QuoteMarks.None : ' ');
        AppendScanned(block, scanner);
    }

    private void AppendScanned(TextBlock block, QuoteScanner scanner)
    {
        if (_length > 0)
        {
            _length++;
        }

        _segments.Add((_length, block.Start));
        _pieces.Add(block.Text);
        _length += block.Text.Length;
        _scanner = scanner;
    }

    private void FinishParagraph(TextBlock? next)
    {
        if (_segments.Count == 0)
        {
            return;
        }

        var reopened = next is not null && _scanner.OpenCount > 0 && QuoteMarks.OpeningFamilyAt(next.Text, 0) == _scanner.Open[0].Family;
        var continues = reopened;
        var open = _scanner.CloseParagraph(_length);
        var quotes = new List<QuoteSpan>(_scanner.Found);
        if (quotes.Count > 1)
        {
            quotes.Sort((left, right) => left.MarkOffset.CompareTo(right.MarkOffset));
        }

        // Most paragraphs are one block: its text is the paragraph's, with no copy.
        var text = _pieces.Count == 1 ? _pieces[0] : string.Join(" ", _pieces);
        var paragraph = new AssembledParagraph(text, quotes, _resumesQuote, continues, _segments.ToArray());
        if (!reopened)
        {
            foreach (var mark in open)
            {
                _unclosedMarks.Add(paragraph.ToNormalized(mark.MarkOffset));
            }
        }

        _paragraphs.Add(paragraph);
        _resumesQuote = continues;
        _pieces.Clear();
        _length = 0;
        _segments.Clear();
        _scanner.Reset();
    }

    private static bool StartsWithOpeningMark(string text)
        => text.Length > 1 && QuoteMarks.IsQuoteMark(text[0]) && text[0] != QuoteMarks.RightDouble && text[0] != QuoteMarks.RightGuillemet
            && !char.IsWhiteSpace(text[1]);
}
