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
        if (FileEncoding.HasUtf16ByteOrderMark(bytes))
        {
            return null;
        }

        var start = FileEncoding.HasUtf8ByteOrderMark(bytes) ? 3 : 0;
        if (FileEncoding.DecodeUtf8(bytes, start) is not { } text)
        {
            return null;
        }

        var normalized = ArticleTextForm.Normalize(text);
        return start == 0 && ReferenceEquals(normalized, text) ? bytes : FileEncoding.StrictUtf8.GetBytes(normalized);
    }
}
