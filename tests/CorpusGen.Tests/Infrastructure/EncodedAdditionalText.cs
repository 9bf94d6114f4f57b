using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// An additional file given as the bytes on disk, decoded the way the compiler reads one: a byte order
/// mark chooses UTF-8 or UTF-16, anything else is read as UTF-8 with U+FFFD for bytes that are not.
/// </summary>
internal sealed class EncodedAdditionalText : AdditionalText
{
    private readonly byte[] _bytes;

    public EncodedAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return SourceText.From(stream, encoding: null, throwIfBinaryDetected: false);
    }
}
