using System;
using System.IO;
using System.Text;
using OfflineSite;

// Writes the corpus compiled into this program as one HTML file that opens from disk in any browser.
var path = args.Length > 0 ? args[0] : "corpus.html";
using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
{
    SiteExporter.Write(writer, "News corpus", Corpus.All);
}

Console.WriteLine($"Wrote {Corpus.All.Count} articles to {Path.GetFullPath(path)}");
