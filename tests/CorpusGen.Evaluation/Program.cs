using System;
using System.IO;
using System.Linq;
using CorpusGen.Evaluation;

// dotnet run --project tests/CorpusGen.Evaluation -- FOLDER GOLD.json [--verbose] [--dump FILE]
var positional = args.Where(argument => !argument.StartsWith("--", StringComparison.Ordinal)).ToList();
var dumpIndex = Array.IndexOf(args, "--dump");
var dumpPath = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? args[dumpIndex + 1] : null;
if (dumpPath is not null)
{
    positional.Remove(dumpPath);
}

if (positional.Count != 2 || !Directory.Exists(positional[0]) || !File.Exists(positional[1]))
{
    Console.Error.WriteLine("usage: CorpusGen.Evaluation FOLDER GOLD.json [--verbose] [--dump FILE]");
    Console.Error.WriteLine("  Parses every .txt file below FOLDER and scores it against GOLD.json as ../shared/eval/score.py does.");
    Console.Error.WriteLine("  --verbose  lists every miss; --dump FILE writes the records in the reader's --json shape.");
    return 2;
}

var predicted = FolderParser.Parse(positional[0]);
if (dumpPath is not null)
{
    DumpWriter.Write(dumpPath, predicted.Values);
}

var report = Scorer.Score(GoldFile.Read(positional[1]), predicted);
if (args.Contains("--verbose"))
{
    foreach (var miss in report.Misses)
    {
        Console.WriteLine(miss);
    }
}

foreach (var line in report.SieveLines.Concat(report.AttributionLines))
{
    Console.WriteLine(line);
}

Console.WriteLine(report.KindLine);
Console.WriteLine(report.ScoreLine);
return 0;
