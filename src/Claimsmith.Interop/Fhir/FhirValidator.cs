using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Claimsmith.Interop.Fhir;

/// <summary>
/// Validates resources against the base FHIR R4 profiles with the Firely validator
/// (Firely.Fhir.Validation.R4), structure definitions from the R4 specification package
/// (<c>specification.zip</c> beside the application). The first call loads and compiles the
/// definitions (seconds); later calls reuse them. Thread-safe.
/// </summary>
public static class FhirValidator
{
    private static readonly Lazy<Validator> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The issues found in <paramref name="resource"/>: errors and fatal as errors, warnings as warnings.</summary>
    public static IReadOnlyList<InteropIssue> Validate(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var outcome = Instance.Value.Validate(resource);
        return [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Warning)
            .Select(i => new InteropIssue(
                "fhir.validation." + (i.Code?.ToString().ToLowerInvariant() ?? "invalid"),
                string.Join(", ", i.Expression.DefaultIfEmpty(i.Location.FirstOrDefault() ?? resource.TypeName)),
                i.Details?.Text ?? i.Diagnostics ?? "invalid",
                i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal))];
    }

    private static Validator Create()
    {
        var zip = Path.Combine(AppContext.BaseDirectory, "specification.zip");
        var source = File.Exists(zip) ? ZipSource.CreateValidationSource(zip) : ZipSource.CreateValidationSource();
        var resolver = new CachedResolver(source);
        var terminology = LocalTerminologyService.CreateDefaultForCore(resolver.AsAsync());
        return new Validator(resolver.AsAsync(), terminology);
    }
}
