using Claimsmith.Billing;

namespace Claimsmith.Interop.Fhir;

/// <summary>What <see cref="FhirBundleReader"/> made of a bundle: the records, the issues, and how many resources it held.</summary>
public sealed class FhirImportResult
{
    internal FhirImportResult(RecordBatch records, IReadOnlyList<InteropIssue> issues, int resourceCount, string? bundleId)
    {
        Records = records;
        Issues = issues;
        ResourceCount = resourceCount;
        BundleId = bundleId;
    }

    public RecordBatch Records { get; }

    public IReadOnlyList<InteropIssue> Issues { get; }

    /// <summary>Entries with a resource in the bundle (imported, skipped or broken).</summary>
    public int ResourceCount { get; }

    public string? BundleId { get; }

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => !Issues.Any(i => i.IsError);
}
