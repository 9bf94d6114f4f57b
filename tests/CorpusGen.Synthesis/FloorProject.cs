using System;
using System.Globalization;
using System.IO;
using System.Text;
using CorpusGen.Generator.Emitting;

namespace CorpusGen.Synthesis;

/// <summary>
/// Writes the floor for in-assembly data: an empty console project holding a corpus's bytes as bare
/// UTF-8 literals, one per article, with no structure and no generator. What the compiler needs for
/// it is the least any in-assembly representation of the same bytes can cost.
/// </summary>
public static class FloorProject
{
    public static int Write(string corpusFolder, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        ConsoleProjectFile.Write(outputFolder, "Floor");

        var files = Directory.GetFiles(corpusFolder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        const int LiteralsPerFile = 200;
        var chunks = (files.Length + LiteralsPerFile - 1) / LiteralsPerFile;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            // Files of 200 literals, so no single source file is huge.
            var builder = new StringBuilder();
            var total = new StringBuilder("    public static int Total() => 0");
            builder.Append("internal static class Data").Append(chunk.ToString(CultureInfo.InvariantCulture)).Append("\n{\n");
            for (var i = chunk * LiteralsPerFile; i < Math.Min(files.Length, (chunk + 1) * LiteralsPerFile); i++)
            {
                var name = "A" + i.ToString(CultureInfo.InvariantCulture);
                builder.Append("    private static System.ReadOnlySpan<byte> ").Append(name).Append(" => ");
                CSharpLiteral.AppendTo(builder, File.ReadAllText(files[i]));
                builder.Append("u8;\n");
                total.Append(" + ").Append(name).Append(".Length");
            }

            builder.Append(total).Append(";\n}\n");
            File.WriteAllText(Path.Combine(outputFolder, "Data" + chunk.ToString(CultureInfo.InvariantCulture) + ".cs"), builder.ToString());
        }

        var program = new StringBuilder("internal static class Program\n{\n    private static int Main() => 0");
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            program.Append(" + Data").Append(chunk.ToString(CultureInfo.InvariantCulture)).Append(".Total()");
        }

        File.WriteAllText(Path.Combine(outputFolder, "Program.cs"), program.Append(";\n}\n").ToString());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} literals in {outputFolder}"));
        return 0;
    }
}
