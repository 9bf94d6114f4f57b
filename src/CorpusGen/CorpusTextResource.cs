using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace CorpusGen;

/// <summary>
/// The articles' text as the build embedded it in the assembly: one manifest resource holding every article file
/// (LF line endings, UTF-8), read in place where the run time maps it, never copied whole. Generated code creates
/// one per corpus; applications use <see cref="Article"/>.
/// </summary>
/// <remarks>
/// The resource starts with the ASCII magic <c>CGT1</c> and the number of files, then one more offset than
/// files (each where a file starts in the data, the last where the data ends), all 32-bit little-endian, then
/// the files' bytes.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class CorpusTextResource
{
    /// <summary>The name under which CorpusGen's build targets embed the text.</summary>
    public const string DefaultName = "CorpusGen.ArticleText";

    private const int HeaderLength = 8;

    private readonly Assembly _assembly;
    private readonly string _name;
    private Mapped? _mapped;

    /// <summary>Refers to the text embedded in an assembly; nothing is read until an article's text is.</summary>
    /// <param name="assembly">The assembly that holds the resource: the corpus's own.</param>
    /// <param name="name">The resource's name, <see cref="DefaultName"/>.</param>
    public CorpusTextResource(Assembly assembly, string name)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <summary>Where file number <paramref name="slot"/> starts in the resource, and its length in bytes.</summary>
    internal (int Start, int Length) File(int slot)
    {
        var mapped = Map();
        if ((uint)slot >= (uint)mapped.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, "The corpus text resource holds no such file.");
        }

        var start = ReadInt32(mapped.Bytes + HeaderLength + (4 * slot));
        var end = ReadInt32(mapped.Bytes + HeaderLength + (4 * (slot + 1)));
        if (start < 0 || end < start || end > mapped.Length - mapped.DataStart)
        {
            throw new InvalidDataException("The resource '" + _name + "' of '" + _assembly.GetName().Name + "' is damaged: file " + slot + " lies outside it.");
        }

        return (mapped.DataStart + start, end - start);
    }

    /// <summary>The UTF-8 text at a byte offset of the resource, in place.</summary>
    internal ReadOnlySpan<byte> Utf8(int start, int length)
    {
        var mapped = Map();
        if (start < mapped.DataStart || length < 0 || start > mapped.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The range lies outside the corpus text resource.");
        }

        return new ReadOnlySpan<byte>(mapped.Bytes + start, length);
    }

    private static int ReadInt32(byte* at) => at[0] | (at[1] << 8) | (at[2] << 16) | (at[3] << 24);

    private Mapped Map() => Volatile.Read(ref _mapped) ?? Open();

    private Mapped Open()
    {
        var stream = _assembly.GetManifestResourceStream(_name)
            ?? throw new InvalidOperationException(
                "The assembly '" + _assembly.GetName().Name + "' has no resource '" + _name + "' with its articles' text. It is embedded by the CorpusGen package's build targets; build the project with them.");
        var mapped = Mapped.From(stream);
        if (mapped.Length < HeaderLength || mapped.Bytes[0] != 'C' || mapped.Bytes[1] != 'G' || mapped.Bytes[2] != 'T' || mapped.Bytes[3] != '1'
            || mapped.Count < 0 || mapped.Count > (mapped.Length - HeaderLength) / 4 || mapped.DataStart > mapped.Length)
        {
            throw new InvalidDataException("The resource '" + _name + "' of '" + _assembly.GetName().Name + "' is not CorpusGen article text.");
        }

        var winner = Interlocked.CompareExchange(ref _mapped, mapped, null);
        if (winner is null)
        {
            return mapped;
        }

        mapped.Release();
        return winner;
    }

    /// <summary>The resource's bytes in memory, and what keeps them there.</summary>
    private sealed class Mapped
    {
        private readonly object _owner;

        private Mapped(object owner, byte* bytes, int length)
        {
            _owner = owner;
            Bytes = bytes;
            Length = length;
            Count = length >= HeaderLength ? ReadInt32(bytes + 4) : 0;
            DataStart = (int)Math.Min(int.MaxValue, HeaderLength + (4L * (Count + 1L)));
        }

        public byte* Bytes { get; }

        public int Length { get; }

        public int Count { get; }

        public int DataStart { get; }

        /// <summary>Lets go of a copy that lost the race to be the corpus's: unpins it, or closes the stream.</summary>
        public void Release()
        {
            if (_owner is GCHandle handle)
            {
                handle.Free();
            }
            else if (_owner is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }

        public static Mapped From(Stream stream)
        {
            // An embedded resource of a loaded assembly is mapped memory: read it in place.
            if (stream is UnmanagedMemoryStream unmanaged)
            {
                return new Mapped(unmanaged, unmanaged.PositionPointer, checked((int)unmanaged.Length));
            }

            // Any other host: one copy, pinned for the life of the corpus.
            using (stream)
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
                return new Mapped(handle, (byte*)handle.AddrOfPinnedObject(), bytes.Length);
            }
        }
    }
}
