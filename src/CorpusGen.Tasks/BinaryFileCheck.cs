using System.Text;

namespace CorpusGen.Tasks;

/// <summary>
/// Tells, from a file's bytes, whether the C# compiler would refuse it as binary (error CS2015) when asked for
/// its text: it has no byte order mark, is not valid UTF-8, and holds two NUL bytes in a row (the compiler then
/// decodes it with its fallback single-byte encoding and calls text with two NULs in a row binary).
/// </summary>
internal static class BinaryFileCheck
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsRefusedAsBinary(byte[] bytes)
        => !HasByteOrderMark(bytes) && HasNulPair(bytes) && !IsValidUtf8(bytes);

    private static bool HasByteOrderMark(byte[] bytes)
        => (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));

    private static bool HasNulPair(byte[] bytes)
    {
        for (var i = 1; i < bytes.Length; i++)
        {
            if (bytes[i] == 0 && bytes[i - 1] == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
