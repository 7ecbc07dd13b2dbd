using Claimsmith.Billing;
using Claimsmith.Billing.Claims.Export;
using Claimsmith.Data;
using Claimsmith.X12.Validation;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Billing;

/// <summary>
/// Seeds synthetic claims with the real <c>claimsmith demo seed</c>, then checks that every 837
/// written from them passes the X12 validator: the files <c>claims export</c> writes, and every
/// seeded claim of each kind exported in one batch.
/// </summary>
public sealed class ClaimsExport837Tests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "claimsmith-export-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task SeededClaims_ExportAs837_ThatPassTheValidator()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_home);
        var (seedExit, seedOutput) = await RunAsync(ct, "demo", "seed", "--claims", "210", "--seed", "11");
        Assert.True(seedExit == 0, seedOutput);

        foreach (var format in new[] { "837p", "837i" })
        {
            var outDir = Path.Combine(_home, "out-" + format);
            var (exit, output) = await RunAsync(ct, "claims", "export", "--format", format, "--out", outDir);
            Assert.True(exit == 0, output);
            var files = Directory.GetFiles(outDir, "*.x12");
            Assert.NotEmpty(files);
            Assert.Empty(Directory.GetFiles(outDir, "*.partial"));
            foreach (var file in files)
            {
                var result = X12Validator.Validate(await File.ReadAllBytesAsync(file, ct));
                Assert.True(result.IsAccepted, file + "\n" + string.Join("\n", result.Issues));
            }
        }

        // Every seeded claim, whatever its status, maps to an accepted 837 of its kind.
        await using var db = (DatabaseSettings.Sqlite(Path.Combine(_home, DatabaseSettings.SqliteFileName)) with { Keys = Claimsmith.Privacy.Encryption.KeyRingFile.Load(Path.Combine(_home, "keys", "claimsmith-keys.json")) }).CreateContext();
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery().ToListAsync(ct);
        Assert.Equal(210, claims.Count);

        // Each file written is in the audit log with the claims it carries.
        var exports = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "claim-batch.export").ToListAsync(ct);
        Assert.Equal(Directory.GetFiles(Path.Combine(_home, "out-837p"), "*.x12").Length + Directory.GetFiles(Path.Combine(_home, "out-837i"), "*.x12").Length, exports.Count);
        Assert.All(exports, e => Assert.Equal("cli", e.ClientAddress));
        Assert.Contains(exports, e => e.RecordIds!.Contains(claims.First(c => c.Status == ClaimStatus.Ready).Id.ToString(), StringComparison.Ordinal));
        foreach (var kind in new[] { ClaimKind.Professional, ClaimKind.Institutional })
        {
            var ofKind = claims.Where(c => c.Kind == kind).ToList();
            Assert.NotEmpty(ofKind);
            var batch = Claim837Exporter.Export(ofKind, kind, Claim837ExportSettings.Demo, DateTimeOffset.UtcNow, 1);
            Assert.True(batch.IsAccepted, kind + "\n" + string.Join("\n", batch.Validation.Issues.Take(20)));
        }
    }

    private Task<(int Exit, string Output)> RunAsync(CancellationToken ct, params string[] args) => CliProcess.RunAsync(_home, null, ct, args);

    public void Dispose() => CliProcess.DeleteHome(_home);
}
