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
    private readonly Func<int, int, string> _decode;

    /// <summary>Wraps a decoder over the compiled data.</summary>
    /// <param name="decode">Returns the text at an offset and length of the compiled data, in the data's own units.</param>
    public CompiledText(Func<int, int, string> decode)
    {
        _decode = decode ?? throw new ArgumentNullException(nameof(decode));
    }

    internal string? Decode(int start, int length)
    {
        if (length < 0)
        {
            return null;
        }

        return length == 0 ? string.Empty : _decode(start, length);
    }
}
