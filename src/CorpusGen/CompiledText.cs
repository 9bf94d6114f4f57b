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
    private readonly int _article;
    private readonly Func<int, int, int, string> _decode;

    /// <summary>Wraps the corpus's decoder for one article.</summary>
    /// <param name="article">The article's number in its corpus, passed back to <paramref name="decode"/>.</param>
    /// <param name="decode">Returns the text at an offset and length of an article's compiled data, in the data's own units.</param>
    public CompiledText(int article, Func<int, int, int, string> decode)
    {
        _article = article;
        _decode = decode ?? throw new ArgumentNullException(nameof(decode));
    }

    internal string? Decode(int start, int length)
    {
        if (length < 0)
        {
            return null;
        }

        return length == 0 ? string.Empty : _decode(_article, start, length);
    }
}
