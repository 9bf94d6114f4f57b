using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Running;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Synthesis;

if (args.Length > 0 && args[0] == "--quick")
{
    var articles = new CorpusSynthesizer(1).Articles(20L * 1024 * 1024).ToArray();
    for (var round = 0; round < 3; round++)
    {
        var sw = Stopwatch.StartNew();
        var norm = articles.Select(a => NormalizedText.From(a.Text)).ToArray();
        var t1 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        var blocks = norm.Select(n => BlockReader.Read(n.Text)).ToArray();
        var t2 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        var assembled = blocks.Select(b => ParagraphAssembler.Assemble(b, CancellationToken.None)).ToArray();
        var t3 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        var tokenized = assembled.Select(a => a.Paragraphs.Select((p, i) => new CorpusGen.Generator.Parsing.Attribution.TokenizedParagraph(i, p, 0)).ToList()).ToArray();
        var t4 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        var regs = tokenized.Select(t => CorpusGen.Generator.Parsing.Attribution.PersonRegistry.Build(t)).ToArray();
        var t5 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        var res = assembled.Select(a => CorpusGen.Generator.Parsing.Attribution.SpeakerResolver.Resolve(a.Paragraphs, CancellationToken.None)).ToArray();
        var t6 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        Console.WriteLine($"normalize {t1:F0} blocks {t2:F0} assemble {t3:F0} tokenize {t4:F0} registry {t5:F0} resolve(all) {t6:F0}");
        sw.Restart();
        var parsed = articles.Select(a => ArticleParser.Parse(a.Text)).ToArray();
        var parse = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var type = new CorpusTypeSpec("Bench", CorpusGen.Generator.Common.EquatableArray<ContainingTypeSpec>.Empty, "Corpus", "static");
        long n = 0;
        for (var i = 0; i < parsed.Length; i++)
        {
            n += ArticleEmitter.Emit(new ArticleSourceSpec(type, new ArticleEntry("/b/" + i, "x" + i, "x" + i + ".txt", "A" + i), parsed[i]), CodeStyle.Modern, CancellationToken.None).Length;
        }
        Console.WriteLine($"parse {parse:F0} ms, emit {sw.Elapsed.TotalMilliseconds:F0} ms for 20 MB");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
