using System;
using System.Text;

namespace CorpusGen;

/// <summary>Converts between the compiled UTF-8 text and strings, with the fastest API each target has.</summary>
internal static class Utf8Codec
{
    /// <summary>Decodes UTF-8 bytes into a string.</summary>
    public static unsafe string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

#if NET
        return Encoding.UTF8.GetString(bytes);
#else
        fixed (byte* first = bytes)
        {
            return Encoding.UTF8.GetString(first, bytes.Length);
        }
#endif
    }

    /// <summary>
    /// The UTF-8 bytes of text that was not compiled as UTF-8 (an article created from strings, or a corpus compiled
    /// before C# 11): a new array each call.
    /// </summary>
    public static ReadOnlySpan<byte> Encode(string? text) => text is null ? default : Encoding.UTF8.GetBytes(text);
}
