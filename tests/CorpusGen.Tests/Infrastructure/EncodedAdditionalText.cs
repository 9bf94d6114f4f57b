using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// An additional file given as the bytes on disk, decoded the way the .NET compiler reads one: a byte
/// order mark chooses UTF-8 or UTF-16; otherwise strict UTF-8, and when that fails, UTF-8 with U+FFFD for
/// the bytes that are not, unless the text then looks binary, when the compiler reports CS2015 and hands
/// the generator no text at all (null).
/// </summary>
internal sealed class EncodedAdditionalText : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes;

    public EncodedAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        try
        {
            return SourceText.From(new MemoryStream(_bytes, writable: false), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return SourceText.From(new MemoryStream(_bytes, writable: false), encoding: null, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
    }
}
