using Claimsmith.Data.Privacy;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Tests.Privacy;

/// <summary>
/// Rotation then re-encryption loses nothing: every value reads back equal under the new key
/// alone, an interrupted run resumes, and rows written before encryption are encrypted too.
/// Its own database per provider, because it re-keys every row.
/// </summary>
public abstract class KeyRotationTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reencrypt_AfterRotation_KeepsEveryValue_AndTheOldKeyCanBeRemoved()
    {
        var samples = new List<PhiSample>();
        for (var i = 0; i < 3; i++)
        {
            var sample = new PhiSample();
            await using var db = fixture.CreateContext();
            await sample.SaveAsync(db, Ct);
            samples.Add(sample);
        }

        // A row from before encryption was enabled: plaintext, no blind index.
        var legacy = samples[0].Sample.Patient;
        await using (var db = fixture.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Patients\" SET \"FirstName\" = {"Legacy" + samples[0].Token}, \"FirstNameIndex\" = NULL, \"LastNameIndex\" = NULL WHERE \"Id\" = {EncryptionAtRestTests.Key(db, legacy.Id)}", Ct);
        }

        var original = fixture.Settings!;
        string before;
        await using (var db = original.CreateContext())
        {
            before = await SnapshotAsync(db);
            Assert.Contains("Legacy" + samples[0].Token, before, StringComparison.Ordinal);
        }

        var rotated = original with { Keys = original.Keys!.Rotate(TimeProvider.System) };
        var pending = await PhiReencryption.CountPendingAsync(rotated, Ct);
        Assert.Equal(3, pending["Patient"]);
        Assert.Equal(3, pending["Claim"]);
        Assert.Equal(3, pending["ClaimBatch"]);

        // Interrupted after its first batch of two patients...
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PhiReencryption.RunAsync(rotated, batchSize: 2, new Inline(_ => cts.Cancel()), cts.Token));
        Assert.Equal(1, (await PhiReencryption.CountPendingAsync(rotated, Ct))["Patient"]);

        // ...and resumed to the end.
        var result = await PhiReencryption.RunAsync(rotated, batchSize: 2, cancellationToken: Ct);
        Assert.Equal(1, result.RowsByEntity["Patient"]);
        Assert.Equal(3, result.RowsByEntity["Claim"]);
        Assert.All((await PhiReencryption.CountPendingAsync(rotated, Ct)).Values, n => Assert.Equal(0, n));
        Assert.Equal(0, (await PhiReencryption.RunAsync(rotated, cancellationToken: Ct)).TotalRows);

        // The old key removed: everything still reads, equal to before.
        var newOnly = original with { Keys = rotated.Keys!.WithoutRetiredKeys() };
        await using (var db = newOnly.CreateContext())
        {
            Assert.Equal(before, await SnapshotAsync(db));
            var values = await RawDatabase.AllValuesAsync(db, Ct);
            Assert.DoesNotContain(values, v => v.Contains(FieldCipher.TextPrefix + original.Keys.Active.Id, StringComparison.Ordinal));
            Assert.DoesNotContain(values, v => v.Contains("Legacy" + samples[0].Token, StringComparison.Ordinal));

            // The legacy row got its blind index.
            Assert.Equal([legacy.Id], await db.Patients.WhereName(db, legacy.LastName, "legacy" + samples[0].Token).Select(p => p.Id).ToListAsync(Ct));
        }

        // And the original ring alone can no longer read what was re-encrypted.
        await using (var db = (original with { Keys = original.Keys.WithoutRetiredKeys() }).CreateContext())
        {
            await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => db.Patients.AsNoTracking().ToListAsync(Ct));
        }
    }

    private static async Task<string> SnapshotAsync(ClaimsmithDbContext db)
    {
        var lines = new List<string>();
        lines.AddRange((await db.Patients.AsNoTracking().ToListAsync(Ct)).OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.LastName}|{p.FirstName}|{p.MiddleName}|{p.BirthDate:O}|{p.Phone}|{p.Address}|{p.Version}"));
        lines.AddRange((await db.Coverages.AsNoTracking().ToListAsync(Ct)).OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.MemberId}|{c.Subscriber}"));
        lines.AddRange((await db.ClinicalDocuments.AsNoTracking().ToListAsync(Ct)).OrderBy(d => d.Id).Select(d => $"{d.Id}|{d.Text}"));
        lines.AddRange((await db.Claims.AsNoTracking().ToListAsync(Ct)).OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Patient}|{c.Subscriber}|{string.Join(";", c.OtherCoverages)}"));
        lines.AddRange((await db.ClaimBatches.AsNoTracking().ToListAsync(Ct)).OrderBy(b => b.Id).Select(b => $"{b.Id}|{Convert.ToBase64String(b.Content)}"));
        // Versions advance with the rewrite (the row did change); compare everything else.
        return string.Join("\n", lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\|\d+$", "")));
    }

    private sealed class Inline(Action<ReencryptionProgress> report) : IProgress<ReencryptionProgress>
    {
        public void Report(ReencryptionProgress value) => report(value);
    }
}

public sealed class SqliteKeyRotationTests(SqliteDatabaseFixture fixture) : KeyRotationTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresKeyRotationTests(PostgresDatabaseFixture fixture) : KeyRotationTests(fixture), IClassFixture<PostgresDatabaseFixture>;
