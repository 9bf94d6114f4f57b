using System.IO;

namespace CorpusGen.Synthesis;

/// <summary>The project file of the bare console projects the build-time measurements compile: no generator, no packages.</summary>
internal static class ConsoleProjectFile
{
    public static void Write(string folder, string name, string items = "")
        => File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                <Nullable>disable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              {items}
            </Project>
            """);
}
