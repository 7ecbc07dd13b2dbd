using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Keys;

/// <summary>
/// The real <c>claimsmith</c> command on a seeded SQLite database: the key file appears
/// owner-only on first use, <c>keys rotate</c> / <c>reencrypt</c> / <c>retire</c> leave every
/// patient readable with the new key alone, and <c>deid export</c> writes its files and report.
/// </summary>
public sealed class KeysAndDeidCommandTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "claimsmith-keys-cli-" + Guid.NewGuid().ToString("N"));

    private string KeyFile => Path.Combine(_home, "keys", "claimsmith-keys.json");

    [Fact]
    public async Task RotateReencryptRetire_KeepsEveryPatient_AndDeidExportWritesItsReport()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_home);
        var (seedExit, seedOutput) = await RunAsync(ct, "demo", "seed", "--claims", "30", "--seed", "5");
        Assert.True(seedExit == 0, seedOutput);
        Assert.True(File.Exists(KeyFile), seedOutput);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }

        var before = await PatientsAsync(KeyRingFile.Load(KeyFile), ct);
        Assert.NotEmpty(before);

        var (generateExit, generateOutput) = await RunAsync(ct, "keys", "generate");
        Assert.Equal(1, generateExit);
        Assert.Contains("already exists", generateOutput, StringComparison.Ordinal);

        var oldKey = KeyRingFile.Load(KeyFile).Active.Id;
        var (rotateExit, rotateOutput) = await RunAsync(ct, "keys", "rotate");
        Assert.True(rotateExit == 0, rotateOutput);
        var (retireEarlyExit, retireEarlyOutput) = await RunAsync(ct, "keys", "retire");
        Assert.True(retireEarlyExit == 1, retireEarlyOutput);
        Assert.Equal(2, KeyRingFile.Load(KeyFile).Keys.Count);

        var (reencryptExit, reencryptOutput) = await RunAsync(ct, "keys", "reencrypt", "--batch-size", "7");
        Assert.True(reencryptExit == 0, reencryptOutput);
        Assert.Contains("Patient: ", reencryptOutput, StringComparison.Ordinal);
        var (retireExit, retireOutput) = await RunAsync(ct, "keys", "retire");
        Assert.True(retireExit == 0, retireOutput);
        var ring = KeyRingFile.Load(KeyFile);
        Assert.Single(ring.Keys);
        Assert.NotEqual(oldKey, ring.Active.Id);
        Assert.Equal(before, await PatientsAsync(ring, ct));

        var outDir = Path.Combine(_home, "deid");
        var (deidExit, deidOutput) = await RunAsync(ct, "deid", "export", "--out", outDir);
        Assert.True(deidExit == 0, deidOutput);
        Assert.Contains("Names", deidOutput, StringComparison.Ordinal);
        var exported = string.Concat(Directory.GetFiles(outDir).Select(File.ReadAllText));
        Assert.Equal(before.Count, File.ReadAllLines(Path.Combine(outDir, "patients.jsonl")).Length);
        foreach (var name in before.Select(p => p.Split('|')[1]).Where(n => n.Length > 3).Take(50))
        {
            Assert.DoesNotContain("\"" + name, exported, StringComparison.Ordinal);
        }

        // The de-identified export is a use of patient data: it is in the audit log, and the chain holds.
        await using (var db = (DatabaseSettings.Sqlite(Path.Combine(_home, DatabaseSettings.SqliteFileName)) with { Keys = ring }).CreateContext())
        {
            var actions = await db.AuditEntries.AsNoTracking().Select(e => e.Action).ToListAsync(ct);
            Assert.Contains("deid.export", actions);
        }

        var (verifyExit, verifyOutput) = await RunAsync(ct, "audit", "verify");
        Assert.True(verifyExit == 0, verifyOutput);

        var (badExit, badOutput) = await RunAsync(ct, "deid", "export", "--out", KeyFile);
        Assert.NotEqual(0, badExit);
        Assert.Contains("is a file", badOutput, StringComparison.Ordinal);
    }

    private async Task<List<string>> PatientsAsync(KeyRing keys, CancellationToken ct)
    {
        await using var db = (DatabaseSettings.Sqlite(Path.Combine(_home, DatabaseSettings.SqliteFileName)) with { Keys = keys }).CreateContext();
        return [.. (await db.Patients.AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.LastName}|{p.FirstName}|{p.BirthDate:O}|{p.Address}|{p.Phone}")];
    }

    private Task<(int Exit, string Output)> RunAsync(CancellationToken ct, params string[] args) => CliProcess.RunAsync(_home, null, ct, args);

    public void Dispose() => CliProcess.DeleteHome(_home);
}
