using System;
using Spectre.Console;

namespace CorpusReader.Rich;

/// <summary>
/// Tables and colours for a terminal that shows them; plain text, stable for scripts and diffs,
/// when the output is redirected, the terminal cannot, or NO_COLOR (no-color.org) is set.
/// </summary>
internal static class RichOutput
{
    public static bool IsAvailable
        => !Console.IsOutputRedirected
            && AnsiConsole.Profile.Capabilities.Ansi
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
