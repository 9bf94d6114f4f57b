using System.Collections.Generic;
using System.IO;
using System.Text;
using CorpusGen.Generator.Common;

namespace CorpusGen.Tasks;

/// <summary>
/// The file of article text that the build embeds as the manifest resource <c>CorpusGen.ArticleText</c>, read by
/// the run-time <c>CorpusTextResource</c>: the ASCII magic <c>CGT1</c>, the number of files, then one more
/// offset than files (each where a file starts in the data, the last where the data ends), all 32-bit
/// little-endian; then the files' bytes, each in <see cref="ArticleTextForm"/>, in index order.
/// </summary>
internal static class ArticleTextFile
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Write(IReadOnlyList<byte[]> texts)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            // BinaryWriter writes little-endian on every platform.
            writer.Write(Encoding.ASCII.GetBytes("CGT1"));
            writer.Write(texts.Count);
            var offset = 0;
            foreach (var text in texts)
            {
                writer.Write(offset);
                offset += text.Length;
            }

            writer.Write(offset);
            foreach (var text in texts)
            {
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A file's bytes in <see cref="ArticleTextForm"/>, or null when the compiler would not read them as UTF-8: with
    /// a UTF-16 or UTF-32 byte order mark, or bytes that are not UTF-8 (it then falls back to another encoding).
    /// </summary>
    public static byte[]? Normalize(byte[] bytes)
    {
        var start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            start = 3;
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var normalized = ArticleTextForm.Normalize(text);
        return start == 0 && ReferenceEquals(normalized, text) ? bytes : StrictUtf8.GetBytes(normalized);
    }
}
