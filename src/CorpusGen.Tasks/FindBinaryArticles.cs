using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CorpusGen.Tasks;

/// <summary>
/// Finds the article files the compiler would refuse as binary. Asking the compiler for such a file's text fails
/// the build with error CS2015, so CorpusGen.targets marks them and the generator reports CORPUS011 for them
/// without reading them: a stray image or archive in a corpus folder is a warning, not a broken build.
/// </summary>
public sealed class FindBinaryArticles : Task
{
    /// <summary>The article files to check.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Those of <see cref="Files"/> the compiler would refuse as binary.</summary>
    [Output]
    public ITaskItem[] BinaryFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var binary = new List<ITaskItem>();
        foreach (var file in Files)
        {
            try
            {
                if (BinaryFileCheck.IsRefusedAsBinary(File.ReadAllBytes(file.ItemSpec)))
                {
                    binary.Add(file);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Unreadable here is unreadable for the compiler too: the generator reports it (CORPUS005).
            }
        }

        BinaryFiles = binary.ToArray();
        return true;
    }
}
