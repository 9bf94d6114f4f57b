using System;
using System.ComponentModel;

namespace CorpusGen;

/// <summary>
/// The text of one article as compiled into the assembly, decoded piece by piece the first time a property asks
/// for it. The article's ranges count first through its file in the embedded <see cref="CorpusTextResource"/>,
/// when it has one, then on through the text compiled into a block of data (UTF-8 data or a string literal) for
/// what is not a slice of the file. Generated code creates these; applications use <see cref="Article"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledText
{
    private readonly int _source;
    private readonly int _offset;
    private readonly Func<int, int, int, string>? _decode;
    private readonly CompiledUtf8Data? _utf8;
    private readonly CorpusTextResource? _file;
    private readonly int _fileStart;
    private readonly int _fileLength;

    /// <summary>Wraps the corpus's decoder for one article stored in a block of compiled string data.</summary>
    /// <param name="source">The number of the block of compiled data that holds the article, passed back to <paramref name="decode"/>.</param>
    /// <param name="offset">Where the article starts in that block, in the data's own units.</param>
    /// <param name="decode">Returns the text at an offset and length of a block of compiled data, in the data's own units.</param>
    public CompiledText(int source, int offset, Func<int, int, int, string> decode)
        : this(source, offset)
    {
        _decode = decode ?? throw new ArgumentNullException(nameof(decode));
    }

    /// <summary>Wraps an article whose text is its file in the embedded text, followed by what a block of compiled string data holds.</summary>
    /// <param name="source">The number of the block of compiled data that holds the rest of the article's text, passed back to <paramref name="decode"/>.</param>
    /// <param name="offset">Where that text starts in the block, in the data's own units.</param>
    /// <param name="decode">Returns the text at an offset and length of a block of compiled data, in the data's own units.</param>
    /// <param name="file">The corpus's embedded text.</param>
    /// <param name="fileSlot">The number of the article's file in <paramref name="file"/>.</param>
    public CompiledText(int source, int offset, Func<int, int, int, string> decode, CorpusTextResource file, int fileSlot)
        : this(source, offset, decode)
    {
        (_file, _fileStart, _fileLength) = Locate(file, fileSlot);
    }

    /// <summary>Wraps one article stored in a block of compiled UTF-8 data, read in place.</summary>
    /// <param name="source">The number of the block of compiled data that holds the article, passed back to <paramref name="data"/>.</param>
    /// <param name="offset">Where the article starts in that block, in bytes.</param>
    /// <param name="data">Returns a block of compiled UTF-8 data by number.</param>
    public CompiledText(int source, int offset, CompiledUtf8Data data)
        : this(source, offset)
    {
        _utf8 = data ?? throw new ArgumentNullException(nameof(data));
    }

    /// <summary>Wraps an article whose text is its file in the embedded text, followed by what a block of compiled UTF-8 data holds.</summary>
    /// <param name="source">The number of the block of compiled data that holds the rest of the article's text, passed back to <paramref name="data"/>.</param>
    /// <param name="offset">Where that text starts in the block, in bytes.</param>
    /// <param name="data">Returns a block of compiled UTF-8 data by number.</param>
    /// <param name="file">The corpus's embedded text.</param>
    /// <param name="fileSlot">The number of the article's file in <paramref name="file"/>.</param>
    public CompiledText(int source, int offset, CompiledUtf8Data data, CorpusTextResource file, int fileSlot)
        : this(source, offset, data)
    {
        (_file, _fileStart, _fileLength) = Locate(file, fileSlot);
    }

    private CompiledText(int source, int offset)
    {
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "An offset cannot be negative.");
        }

        _source = source;
        _offset = offset;
    }

    /// <summary>Decodes the article's text in a range of the layout.</summary>
    /// <param name="start">Where the text starts: in the article's file, or past its end in the compiled data.</param>
    /// <param name="length">Its length, in the units of the part it lies in; -1 for none.</param>
    /// <returns>The text, or <see langword="null"/> when <paramref name="length"/> is -1.</returns>
    public string? Decode(int start, int length)
    {
        if (length < 0)
        {
            return null;
        }

        if (length == 0)
        {
            return string.Empty;
        }

        // Text compiled as a string literal is decoded by the generated code; any other is UTF-8.
        return start >= _fileLength && _utf8 is null ? _decode!(_source, _offset + start - _fileLength, length) : Utf8Codec.Decode(Utf8(start, length));
    }

    /// <summary>
    /// The article's UTF-8 text in a range of the layout, read in place; empty when <paramref name="length"/> is -1.
    /// Text compiled as a string literal (before C# 11) is encoded into a new array.
    /// </summary>
    internal ReadOnlySpan<byte> Utf8(int start, int length)
    {
        if (length <= 0)
        {
            return default;
        }

        if (start < _fileLength)
        {
            return _file!.Utf8(_fileStart + start, length);
        }

        var offset = _offset + start - _fileLength;
        return _utf8 is null ? Utf8Codec.Encode(_decode!(_source, offset, length)) : _utf8(_source).Slice(offset, length);
    }

    private static (CorpusTextResource File, int Start, int Length) Locate(CorpusTextResource file, int fileSlot)
    {
        var (start, length) = (file ?? throw new ArgumentNullException(nameof(file))).File(fileSlot);
        return (file, start, length);
    }
}
