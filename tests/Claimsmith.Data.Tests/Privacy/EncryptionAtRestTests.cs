using Claimsmith.Billing;
using Claimsmith.Data.Privacy;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Tests.Privacy;

/// <summary>PHI is unreadable underneath EF Core and reads back whole through it; one run per provider.</summary>
public abstract class EncryptionAtRestTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RawTables_HoldNoPlaintextPhi()
    {
        var sample = new PhiSample();
        await using (var db = fixture.CreateContext())
        {
            await sample.SaveAsync(db, Ct);
        }

        await using var check = fixture.CreateContext();
        var values = await RawDatabase.AllValuesAsync(check, Ct);
        Assert.NotEmpty(values);
        foreach (var plaintext in sample.Plaintexts)
        {
            Assert.DoesNotContain(values, v => v.Contains(plaintext, StringComparison.OrdinalIgnoreCase));
        }

        // The columns hold version-1 ciphertext under the active key.
        Assert.Contains(values, v => v.StartsWith(FieldCipher.TextPrefix + TestKeys.Ring.Active.Id + ":", StringComparison.Ordinal));
        if (check.Database.IsSqlite())
        {
            var file = await RawDatabase.SqliteFileAsync(check, Ct);
            foreach (var plaintext in sample.Plaintexts)
            {
                Assert.DoesNotContain(plaintext, file, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains(sample.Sample.Patient.AccountNumber, file, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EncryptedValues_ReadBackWhole_ThroughEfCore()
    {
        var sample = new PhiSample();
        await using (var db = fixture.CreateContext())
        {
            await sample.SaveAsync(db, Ct);
        }

        await using var check = fixture.CreateContext();
        var patient = await check.Patients.AsNoTracking().SingleAsync(p => p.Id == sample.Sample.Patient.Id, Ct);
        Assert.Equal(sample.Sample.Patient.LastName, patient.LastName);
        Assert.Equal(sample.Sample.Patient.MiddleName, patient.MiddleName);
        Assert.Equal(new DateOnly(1931, 4, 19), patient.BirthDate);
        Assert.Equal(sample.Sample.Patient.Address, patient.Address);
        Assert.Equal(sample.Sample.Patient.Phone, patient.Phone);
        var coverage = await check.Coverages.AsNoTracking().SingleAsync(c => c.Id == sample.Sample.Coverage.Id, Ct);
        Assert.Equal(sample.Sample.Coverage.MemberId, coverage.MemberId);
        Assert.Equal(sample.Sample.Coverage.Subscriber, coverage.Subscriber);
        var claim = await check.Claims.AsNoTracking().SingleAsync(c => c.Id == sample.Claim!.Id, Ct);
        Assert.Equal(sample.Claim!.Patient, claim.Patient);
        Assert.Equal(sample.Claim.Subscriber, claim.Subscriber);
        Assert.Equal(sample.Claim.OtherCoverages.Single(), claim.OtherCoverages.Single());
        var document = await check.ClinicalDocuments.AsNoTracking().SingleAsync(d => d.EncounterId == sample.Sample.Encounter.Id, Ct);
        Assert.Equal(sample.Sample.Encounter.Documents[0].Text, document.Text);
        var batch = await check.ClaimBatches.AsNoTracking().SingleAsync(b => b.Id == sample.Batch!.Id, Ct);
        Assert.Equal(sample.Batch!.Content, batch.Content);
    }

    [Fact]
    public async Task PatientSearch_ByNameAndBirthDate_GoesThroughBlindIndexes()
    {
        var sample = new PhiSample();
        sample.Sample.Patient.LastName = "Núñez-" + sample.Token;
        sample.Sample.Patient.FirstName = "Ana María";
        await using (var db = fixture.CreateContext())
        {
            await sample.SaveAsync(db, Ct);
        }

        await using var check = fixture.CreateContext();
        var id = sample.Sample.Patient.Id;
        Assert.Equal([id], await check.Patients.WhereNameOrAccount(check, "nunez " + sample.Token).Select(p => p.Id).ToListAsync(Ct));
        Assert.Equal([id], await check.Patients.WhereNameOrAccount(check, $"NUNEZ-{sample.Token}, ana maria").Select(p => p.Id).ToListAsync(Ct));
        Assert.Equal([id], await check.Patients.WhereNameOrAccount(check, $"Ana-Maria Núñez{sample.Token}").Select(p => p.Id).ToListAsync(Ct));
        Assert.Equal([id], await check.Patients.WhereNameOrAccount(check, sample.Sample.Patient.AccountNumber).Select(p => p.Id).ToListAsync(Ct));
        Assert.Equal([id], await check.Patients.WhereName(check, "Núñez" + sample.Token).WhereBirthDate(check, new DateOnly(1931, 4, 19)).Select(p => p.Id).ToListAsync(Ct));
        Assert.Empty(await check.Patients.WhereName(check, "Núñez" + sample.Token).WhereBirthDate(check, new DateOnly(1931, 4, 20)).ToListAsync(Ct));
        Assert.Empty(await check.Patients.WhereNameOrAccount(check, "Nun").ToListAsync(Ct));
        Assert.Empty(await check.Patients.WhereNameOrAccount(check, $"Other, Núñez-{sample.Token}").Where(p => p.Id == id).ToListAsync(Ct));

        // Renaming keeps the index in step.
        var tracked = await check.Patients.SingleAsync(p => p.Id == id, Ct);
        tracked.LastName = "Renamed" + sample.Token;
        await check.SaveChangesAsync(Ct);
        await using var after = fixture.CreateContext();
        Assert.Empty(await after.Patients.WhereName(after, "Núñez" + sample.Token).ToListAsync(Ct));
        Assert.Single(await after.Patients.WhereName(after, "renamed" + sample.Token).ToListAsync(Ct));
    }

    [Fact]
    public async Task AlteredCiphertext_InTheDatabase_IsRefusedOnRead()
    {
        var sample = new PhiSample();
        await using (var db = fixture.CreateContext())
        {
            await sample.SaveAsync(db, Ct);
        }

        await using var check = fixture.CreateContext();
        // Swap the first and last names in the table: each carries its own column in the associated data.
        await check.Database.ExecuteSqlAsync($"UPDATE \"Patients\" SET \"FirstName\" = \"LastName\" WHERE \"Id\" = {Key(check, sample.Sample.Patient.Id)}", Ct);
        var ex = await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => check.Patients.AsNoTracking().SingleAsync(p => p.Id == sample.Sample.Patient.Id, Ct));
        Assert.Contains("Patient.FirstName", ex.Message, StringComparison.Ordinal);
    }

    internal static object Key(ClaimsmithDbContext db, Guid id) => db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id;
}

public sealed class SqliteEncryptionAtRestTests(SqliteDatabaseFixture fixture) : EncryptionAtRestTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresEncryptionAtRestTests(PostgresDatabaseFixture fixture) : EncryptionAtRestTests(fixture), IClassFixture<PostgresDatabaseFixture>;
