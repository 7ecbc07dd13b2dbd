using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.Edits.Tests.Fixtures;

/// <summary>
/// Imports the real FY2026 reference files once per test run into a temporary CLAIMSMITH_HOME
/// (never the repository), shared by every test; skips with the reason when they are absent.
/// </summary>
internal static class RealCodeSets
{
    private static readonly Lazy<(CodeSetSnapshot? Snapshot, string? Reason)> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static CodeSetSnapshot Get()
    {
        var (snapshot, reason) = Shared.Value;
        if (snapshot is null)
        {
            Assert.Skip(reason ?? "no snapshot");
        }

        return snapshot;
    }

    private static (CodeSetSnapshot?, string?) Build()
    {
        var data = ClaimsmithPaths.FindDataDirectory();
        if (data is null)
        {
            return (null, "reference data (../shared/data or CLAIMSMITH_DATA) is absent");
        }

        var sources = CodeSetSources.Discover(data);
        if (sources.Icd10CmOrderFile is null || sources.TabularFile is null || sources.MpfsFile is null)
        {
            return (null, $"reference data in {data} lacks the ICD-10-CM order file, the Tabular List XML or the MPFS file");
        }

        var home = Path.Combine(Path.GetTempPath(), "claimsmith-edits-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var path = SnapshotStore.PathIn(home);
        var result = CodeSetImporter.ImportToFile(sources, path, TimeProvider.System);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("import of the reference data failed: " + string.Join("; ", result.Issues.Where(i => i.IsError).Take(5)));
        }

        var snapshot = CodeSetSnapshot.Load(path);
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the OS cleans it up.
        }

        return (snapshot, null);
    }
}
