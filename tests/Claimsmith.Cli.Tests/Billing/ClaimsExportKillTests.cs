using System.Diagnostics;
using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.X12.Validation;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Billing;

/// <summary>
/// Kills <c>claimsmith claims export --format 837p</c> as a real child process again and again,
/// at delays spread over its whole run (start-up, loading, mapping and validating, writing),
/// and checks after each kill that every file under a final name (<c>*.x12</c>) is a whole
/// interchange the X12 validator accepts, and that no claim, status change or ledger entry
/// changed: the export is read-only and writes to a temporary name it renames when complete.
/// </summary>
public sealed class ClaimsExportKillTests : IDisposable
{
    private const int Claims = 420;
    private readonly string _home = Path.Combine(Path.GetTempPath(), "claimsmith-export-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledExport_LeavesOnlyWholeValidFiles_AndChangesNoRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_home);
        using (var seed = Start("demo", "seed", "--claims", Claims.ToString(CultureInfo.InvariantCulture), "--seed", "31"))
        {
            var output = await seed.StandardOutput.ReadToEndAsync(ct);
            await seed.WaitForExitAsync(ct);
            Assert.True(seed.ExitCode == 0, output);
        }

        var before = await SnapshotAsync(ct);
        Assert.True(before.ReadyProfessional > 0, "The seed made no Ready professional claims to export.");
        var outDir = Path.Combine(_home, "out");
        var killedWhileRunning = 0;
        foreach (var delay in new[] { 100, 400, 700, 1000, 1300, 1600, 1900, 2200, 2600, 3000, 3500, 4000 })
        {
            using var export = Start("claims", "export", "--format", "837p", "--out", outDir);
            _ = export.StandardOutput.ReadToEndAsync(ct);
            _ = export.StandardError.ReadToEndAsync(ct);
            await Task.Delay(delay, ct);
            if (!export.HasExited)
            {
                export.Kill(entireProcessTree: true);
                killedWhileRunning++;
            }

            await export.WaitForExitAsync(ct);
            await AssertFinalFilesValidAsync(outDir, ct);
            Assert.Equal(before, await SnapshotAsync(ct));
        }

        Assert.True(killedWhileRunning > 0, "Every export finished before it could be killed.");

        // An export left alone completes and writes one whole file with every Ready professional claim.
        using (var export = Start("claims", "export", "--format", "837p", "--out", outDir))
        {
            // Drain both pipes (a full stderr pipe would block the child) and bound the wait, so a
            // stuck export fails this test instead of hanging the run.
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
            bounded.CancelAfter(TimeSpan.FromMinutes(3));
            var error = export.StandardError.ReadToEndAsync(bounded.Token);
            var output = await export.StandardOutput.ReadToEndAsync(bounded.Token);
            await export.WaitForExitAsync(bounded.Token);
            Assert.True(export.ExitCode == 0, output + await error);
        }

        await AssertFinalFilesValidAsync(outDir, ct);
        Assert.Equal(before, await SnapshotAsync(ct));
        var newest = new DirectoryInfo(outDir).GetFiles("*.x12").OrderByDescending(f => f.Name, StringComparer.Ordinal).First();
        var text = await File.ReadAllTextAsync(newest.FullName, ct);
        Assert.Equal(before.ReadyProfessional, text.Split('~').Count(s => s.TrimStart().StartsWith("CLM*", StringComparison.Ordinal)));
    }

    private static async Task AssertFinalFilesValidAsync(string dir, CancellationToken ct)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(dir, "*.x12"))
        {
            var result = X12Validator.Validate(await File.ReadAllBytesAsync(file, ct));
            Assert.True(result.IsAccepted, file + "\n" + string.Join("\n", result.Issues.Take(20)));
        }
    }

    /// <summary>What an export must not change. The interchange sequence may advance: a gap in ISA13 is harmless, a reuse is not.</summary>
    private sealed record Snapshot(int ReadyProfessional, string ClaimStates, int History, int Ledger, int Batches);

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        await using var db = (DatabaseSettings.Sqlite(Path.Combine(_home, DatabaseSettings.SqliteFileName)) with { Keys = Claimsmith.Privacy.Encryption.KeyRingFile.Load(Path.Combine(_home, "keys", "claimsmith-keys.json")) }).CreateContext();
        var states = await db.Claims.AsNoTracking().OrderBy(c => c.ClaimNumber).Select(c => c.ClaimNumber + ":" + (int)c.Status + ":" + c.Version).ToListAsync(ct);
        return new Snapshot(
            await db.Claims.CountAsync(c => c.Status == ClaimStatus.Ready && c.Kind == ClaimKind.Professional, ct),
            string.Join(",", states),
            await db.ClaimStatusChanges.CountAsync(ct),
            await db.LedgerEntries.CountAsync(ct),
            await db.ClaimBatches.CountAsync(ct));
    }

    private Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "claimsmith.dll");
        Assert.True(File.Exists(dll), $"{dll} not found.");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CLAIMSMITH_HOME"] = _home;
        info.Environment[DatabaseSettings.PostgresVariable] = "";
        return Process.Start(info)!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
