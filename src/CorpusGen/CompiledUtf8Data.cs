using System;
using System.ComponentModel;

namespace CorpusGen;

/// <summary>
/// Returns block number <paramref name="block"/> of the UTF-8 data compiled into a corpus's assembly: one shard's
/// <c>u8</c> literal, which the span points into in place. Generated code supplies this; applications use <see cref="Article"/>.
/// </summary>
/// <param name="block">The block's number.</param>
/// <returns>The block's bytes.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> CompiledUtf8Data(int block);
