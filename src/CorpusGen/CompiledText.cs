using System;
using System.ComponentModel;

namespace CorpusGen;

/// <summary>
/// The text of one article as compiled into the assembly (UTF-8 data or a string literal), decoded
/// piece by piece the first time a property asks for it. Generated code creates these; applications
/// use <see cref="Article"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledText
{
    private readonly int _source;
    private readonly int _offset;
    private readonly Func<int, int, int, string> _decode;

    /// <summary>Wraps the corpus's decoder for one article stored in a block of compiled data.</summary>
    /// <param name="source">The number of the block of compiled data that holds the article, passed back to <paramref name="decode"/>.</param>
    /// <param name="offset">Where the article starts in that block, in the data's own units.</param>
    /// <param name="decode">Returns the text at an offset and length of a block of compiled data, in the data's own units.</param>
    public CompiledText(int source, int offset, Func<int, int, int, string> decode)
    {
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "An offset cannot be negative.");
        }

        _source = source;
        _offset = offset;
        _decode = decode ?? throw new ArgumentNullException(nameof(decode));
    }

    internal string? Decode(int start, int length)
    {
        if (length < 0)
        {
            return null;
        }

        return length == 0 ? string.Empty : _decode(_source, _offset + start, length);
    }
}
