using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.CodeSets.Tests.RealData;

/// <summary>Imports the real reference files once per test run (into a temporary folder, never the repository).</summary>
internal static class RealDataSnapshot
{
    private static readonly Lazy<(CodeSetSnapshot? Snapshot, string? Reason, CodeSetImportResult? Result)> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static CodeSetImportResult? Result => Shared.Value.Result;

    /// <summary>The snapshot, or a skip with the reason when the reference data is absent.</summary>
    public static CodeSetSnapshot Get()
    {
        var (snapshot, reason, _) = Shared.Value;
        if (snapshot is null)
        {
            Assert.Skip(reason ?? "no snapshot");
        }

        return snapshot;
    }

    private static (CodeSetSnapshot?, string?, CodeSetImportResult?) Build()
    {
        var data = ClaimsmithPaths.FindDataDirectory();
        if (data is null)
        {
            return (null, "reference data (../shared/data or CLAIMSMITH_DATA) is absent", null);
        }

        var sources = CodeSetSources.Discover(data);
        if (sources.Icd10CmOrderFile is null || sources.PcsOrderFile is null || sources.MpfsFile is null)
        {
            return (null, $"reference data in {data} lacks the ICD-10-CM/PCS order files or the MPFS file", null);
        }

        var dir = Path.Combine(Path.GetTempPath(), "claimsmith-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var path = Path.Combine(dir, "codesets.snapshot");
        var result = CodeSetImporter.ImportToFile(sources, path, TimeProvider.System);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("import of the reference data failed: " + string.Join("; ", result.Issues.Where(i => i.IsError).Take(5)));
        }

        var snapshot = CodeSetSnapshot.Load(path);
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Temporary folder; the OS cleans it up.
        }

        return (snapshot, null, result);
    }
}
