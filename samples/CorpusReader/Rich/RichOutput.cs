using System;
using Spectre.Console;

namespace CorpusReader.Rich;

/// <summary>
/// Tables and colours for a terminal that shows them; plain text, stable for scripts and diffs,
/// when the output is redirected or the terminal cannot (NO_COLOR is honoured by Spectre.Console).
/// </summary>
internal static class RichOutput
{
    public static bool IsAvailable => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi;
}
