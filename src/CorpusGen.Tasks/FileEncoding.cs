using System.Text;

namespace CorpusGen.Tasks;

/// <summary>What the C# compiler reads first in a file's bytes to choose how to decode it: a byte order mark, then whether the rest is UTF-8.</summary>
internal static class FileEncoding
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool HasUtf8ByteOrderMark(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>A UTF-16 byte order mark, either way round (a UTF-32 little-endian one starts the same).</summary>
    public static bool HasUtf16ByteOrderMark(byte[] bytes) => bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    /// <summary>The bytes from <paramref name="start"/> decoded as UTF-8, or null when they are not UTF-8.</summary>
    public static string? DecodeUtf8(byte[] bytes, int start)
    {
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
