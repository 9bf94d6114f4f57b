using System;
using NewsLibrary;

// Lists the corpus compiled into NewsLibrary: each article's headline and how many quotes it holds.
foreach (var article in Corpus.All)
{
    Console.WriteLine($"{article.Id}: {article.Headline ?? "(no headline)"} ({article.Quotes.Count} quotes)");
}

Console.WriteLine($"{Corpus.All.Count} articles, {Corpus.Speakers.Count} speakers");
