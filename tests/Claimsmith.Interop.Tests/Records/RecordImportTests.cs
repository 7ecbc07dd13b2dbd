using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Records;
using Claimsmith.Interop.Fhir;
using Claimsmith.Interop.Hl7;
using Claimsmith.Interop.Tests.Fhir;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Interop.Tests.Records;

public sealed class RecordImportTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero));

    private async Task<(int Patients, int Encounters, int Documents, int Observations, int Coverages, int Payers, int Providers)> CountsAsync(ClaimsmithDbContext db) =>
        (await db.Patients.CountAsync(TestContext.Current.CancellationToken), await db.Encounters.CountAsync(TestContext.Current.CancellationToken),
         await db.ClinicalDocuments.CountAsync(TestContext.Current.CancellationToken), await db.ClinicalObservations.CountAsync(TestContext.Current.CancellationToken),
         await db.Coverages.CountAsync(TestContext.Current.CancellationToken), await db.Payers.CountAsync(TestContext.Current.CancellationToken),
         await db.Providers.CountAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task SameBundleTwice_CreatesNoDuplicates_ThenHl7ForTheSamePatientMatchesTooWhenKeyed()
    {
        var ct = TestContext.Current.CancellationToken;
        // A database of its own: the counts below are absolute, and the class's other tests
        // import into the shared fixture in an order xunit does not promise.
        var database = new SqliteDatabase();
        await database.InitializeAsync();
        await using var cleanup = database;
        var bundle = FhirBundleReader.Read(FhirBundleReaderTests.Synthea(), _clock.GetUtcNow());
        await using (var db = database.CreateContext())
        {
            var first = await RecordImporter.ImportAsync(db, database.OrganizationId, bundle.Records, _clock, ct);
            Assert.True(first.Created > 0);
            Assert.Equal(0, first.Matched);
        }

        (int, int, int, int, int, int, int) afterFirst;
        await using (var db = database.CreateContext())
        {
            afterFirst = await CountsAsync(db);
            Assert.Equal((1, 3, 3, 8, 1), (afterFirst.Item1, afterFirst.Item2, afterFirst.Item3, afterFirst.Item4, afterFirst.Item5));
        }

        // Read again from the bytes: fresh ids, same source identifiers.
        var again = FhirBundleReader.Read(FhirBundleReaderTests.Synthea(), _clock.GetUtcNow());
        await using (var db = database.CreateContext())
        {
            var second = await RecordImporter.ImportAsync(db, database.OrganizationId, again.Records, _clock, ct);
            Assert.Equal(0, second.Created);
            Assert.True(second.Matched > 0);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(afterFirst, await CountsAsync(db));
            var encounter = await db.Encounters.OrderBy(e => e.ServiceFrom).FirstAsync(ct);
            var a1c = await db.ClinicalObservations.SingleAsync(o => o.Code == "4548-4", ct);
            Assert.Equal(encounter.Id, a1c.EncounterId);
            Assert.Equal("8.1", a1c.Value);
        }
    }

    [Fact]
    public async Task Hl7_AdtThenA08Update_ThenCorrectedResult_UpdateInPlace()
    {
        var ct = TestContext.Current.CancellationToken;
        async Task ImportAsync(string text)
        {
            // Its own medical record number, so the other tests' patients (same class fixture) never match.
            var map = Hl7RecordMapper.Map(Hl7Reader.Read(text.Replace("MRN-700123", "MRN-800001", StringComparison.Ordinal)).Message!, _clock.GetUtcNow());
            Assert.DoesNotContain(map.Issues, i => i.IsError);
            await using var db = database.CreateContext();
            await RecordImporter.ImportAsync(db, database.OrganizationId, map.Records, _clock, ct);
        }

        await ImportAsync(Messages.AdtA04("H1", lastName: "Hl7person"));
        await ImportAsync(Messages.AdtA04("H2", lastName: "Hl7person").Replace("ADT^A04", "ADT^A08", StringComparison.Ordinal).Replace("Hl7person^Avelina", "Hl7person^Evelyn", StringComparison.Ordinal));
        await ImportAsync(Messages.OruLab("H3").Replace("Quinterra^Avelina", "Hl7person^Evelyn", StringComparison.Ordinal).Replace("MRN-700123^^^NORTHCLINIC^MR", "MRN-700123^^^NORTHCLINIC&2.16.840.1.113883.3.999&ISO^MR", StringComparison.Ordinal));
        await ImportAsync(Messages.OruLab("H4", a1c: "7.9", status: "C").Replace("MRN-700123^^^NORTHCLINIC^MR", "MRN-700123^^^NORTHCLINIC&2.16.840.1.113883.3.999&ISO^MR", StringComparison.Ordinal));

        await using var check = database.CreateContext();
        var patients = await check.Patients.Where(p => p.AccountNumber == "ACCT-9001").ToListAsync(ct);
        var patient = Assert.Single(patients);
        Assert.Equal("Evelyn", patient.FirstName);
        Assert.Single(await check.Coverages.Where(c => c.PatientId == patient.Id).ToListAsync(ct));
        var encounters = await check.Encounters.Where(e => e.PatientId == patient.Id).ToListAsync(ct);
        Assert.Single(encounters);
        var a1c = await check.ClinicalObservations.SingleAsync(o => o.PatientId == patient.Id && o.Code == "4548-4", ct);
        Assert.Equal(("7.9", "C"), (a1c.Value, a1c.Status));
    }

    [Fact]
    public async Task ObservationValuesImpressionsAndKeptMessages_AreEncryptedAtRest()
    {
        var ct = TestContext.Current.CancellationToken;
        var map = Hl7RecordMapper.Map(Hl7Reader.Read(Messages.OruRadiology("ENC1").Replace("Quinterra", "Cipherperson", StringComparison.Ordinal).Replace("MRN-700123", "MRN-900001", StringComparison.Ordinal)).Message!, _clock.GetUtcNow());
        await using (var db = database.CreateContext())
        {
            await RecordImporter.ImportAsync(db, database.OrganizationId, map.Records, _clock, ct);
            db.InboundMessages.Add(new InboundMessage { OrganizationId = database.OrganizationId, Content = Messages.OruRadiology("ENC1"), MessageType = "ORU^R01", ReceivedAt = _clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Contains(await db.ClinicalObservations.Select(o => o.Impression).ToListAsync(ct), i => i == "No acute fracture or dislocation.");
        }

        await using var raw = new SqliteConnection($"Data Source={database.Path2}");
        await raw.OpenAsync(ct);
        foreach (var (table, column, clear) in new[] { ("ClinicalObservations", "Impression", "No acute fracture"), ("InboundMessages", "Content", "Quinterra"), ("ClinicalDocuments", "Text", "FINDINGS") })
        {
            await using var cmd = raw.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" LIKE '%{clear}%'";
            Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync(ct))!);
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
            Assert.True((long)(await cmd.ExecuteScalarAsync(ct))! > 0);
        }
    }
}
