namespace NewsLibrary;

/// <summary>The corpus this library compiles, made public so that apps referencing the library can read it.</summary>
public static partial class Corpus;
