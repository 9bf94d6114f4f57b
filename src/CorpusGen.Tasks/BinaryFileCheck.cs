namespace CorpusGen.Tasks;

/// <summary>
/// Tells, from a file's bytes, whether the C# compiler would refuse it as binary (error CS2015) when asked for
/// its text: it has no byte order mark, is not valid UTF-8, and holds two NUL bytes in a row (the compiler then
/// decodes it with its fallback single-byte encoding and calls text with two NULs in a row binary).
/// </summary>
internal static class BinaryFileCheck
{
    public static bool IsRefusedAsBinary(byte[] bytes)
        => !FileEncoding.HasUtf8ByteOrderMark(bytes) && !FileEncoding.HasUtf16ByteOrderMark(bytes) && HasNulPair(bytes) && FileEncoding.DecodeUtf8(bytes, 0) is null;

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
}
