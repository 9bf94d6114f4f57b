using System.Linq;
using CorpusGen.Generator.Common;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Diagnostics;

/// <summary>A value-equatable diagnostic that travels through the pipeline and is reported from its own output.</summary>
/// <param name="Descriptor">What is reported.</param>
/// <param name="Location">Where, or null for no location.</param>
/// <param name="MessageArgs">The message's arguments.</param>
/// <param name="Severity">The severity an .editorconfig gives it at its file, or null for the descriptor's default.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs, DiagnosticSeverity? Severity = null)
{
    public DiagnosticSeverity EffectiveSeverity => Severity ?? Descriptor.DefaultSeverity;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, new EquatableArray<string>(messageArgs));

    public Diagnostic ToDiagnostic()
    {
        var location = Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None;
        var args = MessageArgs.Cast<object>().ToArray();
        return Severity is { } severity
            ? Diagnostic.Create(Descriptor, location, severity, additionalLocations: null, properties: null, args)
            : Diagnostic.Create(Descriptor, location, args);
    }
}
