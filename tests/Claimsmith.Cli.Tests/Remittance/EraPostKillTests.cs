using System.Diagnostics;
using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.X12.Common;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Remittance;

/// <summary>
/// Runs <c>claimsmith era post</c> as a real child process, kills it twice in the middle of a
/// file (after some claim payments are committed), restarts it, and checks that the ledger, the
/// claims and the adjudications end exactly as after a single clean run on a twin database.
/// </summary>
public sealed class EraPostKillTests : IDisposable
{
    private readonly string _killed = Path.Combine(Path.GetTempPath(), "claimsmith-era-kill-" + Guid.NewGuid().ToString("N"));
    private readonly string _clean = Path.Combine(Path.GetTempPath(), "claimsmith-era-clean-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledAndRestartedPosting_EndsWithTheLedgerOfOneRun()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var home in new[] { _killed, _clean })
        {
            Directory.CreateDirectory(home);
            var (exit, output) = await CliProcess.RunAsync(home, null, ct, "demo", "seed", "--claims", "200", "--seed", "47");
            Assert.True(exit == 0, output);
        }

        var file = Path.Combine(_killed, "era.835");
        var claims = await BuildFileAsync(file, ct);
        Assert.True(claims >= 20, $"The seed made only {claims} submitted or accepted claims.");
        var before = await SnapshotAsync(_killed, ct);

        await RunUntilPausedAndKillAsync(file, 5, ct);
        var partial = await SnapshotAsync(_killed, ct);
        Assert.NotEqual(before.Ledger, partial.Ledger);
        // The seed posts 835s of its own: count only what this file posted.
        Assert.Equal(5, partial.Posted - before.Posted);
        await RunUntilPausedAndKillAsync(file, 7, ct);
        Assert.Equal(12, (await SnapshotAsync(_killed, ct)).Posted - before.Posted);

        var (resumedExit, resumedOutput) = await CliProcess.RunAsync(_killed, null, ct, "era", "post", file);
        Assert.True(resumedExit == 0, resumedOutput);
        var (cleanExit, cleanOutput) = await CliProcess.RunAsync(_clean, null, ct, "era", "post", file);
        Assert.True(cleanExit == 0, cleanOutput);

        var killed = await SnapshotAsync(_killed, ct);
        var clean = await SnapshotAsync(_clean, ct);
        Assert.Equal(claims, killed.Posted - before.Posted);
        Assert.Equal(clean.Ledger, killed.Ledger);
        Assert.Equal(clean.Claims, killed.Claims);
        Assert.Equal(clean.Posted, killed.Posted);

        // A third run changes nothing, and the ledger verifies.
        var (againExit, againOutput) = await CliProcess.RunAsync(_killed, null, ct, "era", "post", file);
        Assert.True(againExit == 0, againOutput);
        Assert.Equal(killed, await SnapshotAsync(_killed, ct));
        var (verifyExit, verifyOutput) = await CliProcess.RunAsync(_killed, null, ct, "ledger", "verify");
        Assert.True(verifyExit == 0, verifyOutput);
    }

    private static async Task RunUntilPausedAndKillAsync(string file, int after, CancellationToken ct)
    {
        var info = CliProcess.StartInfo(Path.GetDirectoryName(file)!, ["era", "post", file]);
        info.Environment["CLAIMSMITH_ERA_PAUSE_AFTER"] = after.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        _ = process.StandardError.ReadToEndAsync(ct);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromMinutes(3));
        string? line;
        var seen = new List<string>();
        while ((line = await process.StandardOutput.ReadLineAsync(bounded.Token)) is not null)
        {
            seen.Add(line);
            if (line.StartsWith("paused after", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.True(line is not null, "The posting ended without pausing: " + string.Join("\n", seen));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(ct);
    }

    private static ClaimsmithDbContext Open(string home) =>
        (DatabaseSettings.Sqlite(Path.Combine(home, DatabaseSettings.SqliteFileName)) with { Keys = Claimsmith.Privacy.Encryption.KeyRingFile.Load(Path.Combine(home, "keys", "claimsmith-keys.json")) }).CreateContext();

    private async Task<int> BuildFileAsync(string path, CancellationToken ct)
    {
        await using var db = Open(_killed);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines)
            .Where(c => c.Status == ClaimStatus.Submitted || c.Status == ClaimStatus.Accepted)
            .OrderBy(c => c.ClaimNumber).Take(40).ToListAsync(ct);
        var payments = claims.Select((c, i) => PayerSimulator.Pay(c, l =>
            i % 5 == 4
                ? [new Adjustment("CO", "197", l.Charge.Amount)]
                : [new Adjustment("CO", "45", decimal.Round(l.Charge.Amount * 0.2m, 2)), new Adjustment("PR", "2", decimal.Round(l.Charge.Amount * 0.1m, 2))]));
        await File.WriteAllBytesAsync(path, PayerSimulator.ToBytes(PayerSimulator.Remittance("EFT" + claims.Count, payments)), ct);
        return claims.Count;
    }

    private sealed record Snapshot(string Ledger, string Claims, int Posted, int WorkItems);

    private static async Task<Snapshot> SnapshotAsync(string home, CancellationToken ct)
    {
        await using var db = Open(home);
        var numbers = await db.Claims.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ClaimNumber, ct);
        var lines = await db.ClaimLines.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.LineNumber, ct);
        var entries = await db.LedgerEntries.AsNoTracking().ToListAsync(ct);
        var ledger = entries
            .Select(e => $"{numbers[e.ClaimId]}|{(e.ClaimLineId is { } l ? lines[l] : 0)}|{e.Kind}|{e.Bucket}|{e.Amount}|{e.ReasonCode}|{e.Reference}")
            .Order(StringComparer.Ordinal);
        var claims = await db.Claims.AsNoTracking().OrderBy(c => c.ClaimNumber).Select(c => c.ClaimNumber + ":" + c.Status + ":" + c.PayerClaimControlNumber).ToListAsync(ct);
        var posted = await db.ClaimAdjudications.CountAsync(a => a.State == AdjudicationState.Posted, ct);
        return new Snapshot(string.Join("\n", ledger), string.Join(",", claims), posted, await db.DenialWorkItems.CountAsync(ct));
    }

    public void Dispose()
    {
        CliProcess.DeleteHome(_killed);
        CliProcess.DeleteHome(_clean);
    }
}
