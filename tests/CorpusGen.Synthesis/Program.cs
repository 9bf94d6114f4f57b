using System;
using System.Globalization;
using System.IO;
using System.Text;
using CorpusGen.Synthesis;

// dotnet run --project tests/CorpusGen.Synthesis -- OUTPUT_FOLDER MEGABYTES [SEED]
// dotnet run --project tests/CorpusGen.Synthesis -- floor CORPUS_FOLDER OUTPUT_FOLDER
// dotnet run --project tests/CorpusGen.Synthesis -- storage CORPUS_FOLDER OUTPUT_FOLDER resources|resources-layout|literals-layout|resources-packed
if (args.Length == 3 && args[0] == "floor")
{
    return FloorProject.Write(args[1], args[2]);
}

if (args.Length == 4 && args[0] == "storage")
{
    return StorageProject.Write(args[1], args[2], args[3]);
}

if (args.Length < 2 || !double.TryParse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var megabytes))
{
    Console.Error.WriteLine("usage: CorpusGen.Synthesis OUTPUT_FOLDER MEGABYTES [SEED]");
    return 2;
}

var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
Directory.CreateDirectory(args[0]);
long bytes = 0;
var files = 0;
foreach (var (fileName, text) in new CorpusSynthesizer(seed).Articles((long)(megabytes * 1024 * 1024)))
{
    var data = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    File.WriteAllBytes(Path.Combine(args[0], fileName), data);
    bytes += data.Length;
    files++;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} articles, {bytes} bytes in {args[0]}"));
return 0;
