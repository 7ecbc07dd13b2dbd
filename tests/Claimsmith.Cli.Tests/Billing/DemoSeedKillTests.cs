using System.Diagnostics;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Billing;

/// <summary>
/// Runs <c>claimsmith demo seed</c> as a real child process, kills it in the middle of a batch,
/// and checks that only whole batches were stored; then runs it again and checks that it
/// completes the seed without duplicating anything.
/// </summary>
public sealed class DemoSeedKillTests : IDisposable
{
    private const int Claims = 700; // 100 claims per organisation batch: long enough to be killed inside one
    private readonly string _home = Path.Combine(Path.GetTempPath(), "claimsmith-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledSeed_LeavesWholeBatches_AndRerunCompletesWithoutDuplicates()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_home);

        using (var seed = Start())
        {
            string? line;
            while ((line = await seed.StandardOutput.ReadLineAsync(ct)) is not null && !line.Contains("batch 2 committed", StringComparison.Ordinal))
            {
            }

            Assert.NotNull(line);
            await Task.Delay(300, ct);
            seed.Kill(entireProcessTree: true);
            await seed.WaitForExitAsync(ct);
        }

        int organizationsAfterKill;
        await using (var db = Context())
        {
            organizationsAfterKill = await db.Organizations.CountAsync(ct);
            Assert.InRange(organizationsAfterKill, 2, 6); // killed before the last batch
            await AssertWholeBatchesAsync(db, ct);
        }

        using (var rerun = Start())
        {
            var output = await rerun.StandardOutput.ReadToEndAsync(ct);
            await rerun.WaitForExitAsync(ct);
            Assert.True(rerun.ExitCode == 0, output + await rerun.StandardError.ReadToEndAsync(ct));
            Assert.Contains($"({organizationsAfterKill + 1} already present)", output, StringComparison.Ordinal);
        }

        await using (var db = Context())
        {
            Assert.Equal(7, await db.Organizations.CountAsync(ct));
            Assert.Equal(8, await db.Payers.CountAsync(ct));
            Assert.Equal(Claims, await db.Claims.CountAsync(ct));
            Assert.Equal(Claims, await db.Claims.Select(c => c.ClaimNumber).Distinct().CountAsync(ct));
            Assert.Equal(Claims, await db.Encounters.CountAsync(e => db.Claims.Any(c => c.EncounterId == e.Id), ct));
            await AssertWholeBatchesAsync(db, ct);
        }
    }

    private static async Task AssertWholeBatchesAsync(ClaimsmithDbContext db, CancellationToken ct)
    {
        // Every stored organisation has its full share of claims, every patient has an encounter,
        // every claim has its charges on the ledger: nothing from a half-written batch.
        var perOrg = await db.Claims.GroupBy(c => c.OrganizationId).Select(g => g.Count()).ToListAsync(ct);
        Assert.All(perOrg, n => Assert.Equal(Claims / 7, n));
        Assert.Equal(await db.Organizations.CountAsync(ct), perOrg.Count);
        Assert.False(await db.Patients.AnyAsync(p => !db.Encounters.Any(e => e.PatientId == p.Id), ct));
        Assert.False(await db.Claims.AnyAsync(c => !db.LedgerEntries.Any(l => l.ClaimId == c.Id), ct));
    }

    private ClaimsmithDbContext Context() => (DatabaseSettings.Sqlite(Path.Combine(_home, DatabaseSettings.SqliteFileName)) with { Keys = Claimsmith.Privacy.Encryption.KeyRingFile.Load(Path.Combine(_home, "keys", "claimsmith-keys.json")) }).CreateContext();

    private Process Start()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "claimsmith.dll");
        Assert.True(File.Exists(dll), $"{dll} not found.");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "demo", "seed", "--claims", Claims.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "77" })
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
