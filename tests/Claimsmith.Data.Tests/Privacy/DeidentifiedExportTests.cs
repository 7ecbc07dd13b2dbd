using System.Text.Json;
using Claimsmith.Billing;
using Claimsmith.Data.Privacy;
using Claimsmith.Privacy.Deidentification;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests.Privacy;

public abstract class DeidentifiedExportTests(DatabaseFixture fixture) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _out = Path.Combine(Path.GetTempPath(), "claimsmith-deid-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Export_RemovesIdentifiersFromRecordsAndNotes_AndReportsThem()
    {
        var sample = new PhiSample();
        var t = sample.Token;
        sample.Sample.Encounter.Documents[0].Text =
            $"Ysolde{t} Quennell{t}, 95 y/o, seen 02/03/2026 by Dr. Okafor. Husband Torvald{t} (member MBR{t.ToUpperInvariant()}) "
            + $"called from 614-555-0101; she lives at 77 Larkspur{t} Way, Gahanna{t}. Email ysq{t}@example.com. Knee osteoarthritis, injection given.";
        await using (var db = fixture.CreateContext())
        {
            await sample.SaveAsync(db, Ct);
        }

        await using var ctx = fixture.CreateContext();
        var report = await DeidentifiedExport.RunAsync(ctx, _out, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)), sample.Sample.Organization.Id, batchSize: 1, cancellationToken: Ct);

        Assert.Equal(DeidentifiedExport.FileNames.Order(), Directory.GetFiles(_out).Select(Path.GetFileName).Order());
        var all = string.Concat(DeidentifiedExport.FileNames.Select(f => File.ReadAllText(Path.Combine(_out, f))));
        foreach (var plaintext in sample.Plaintexts.Append(sample.Sample.Patient.AccountNumber).Append("Okafor").Append("02/03").Append("2026-02-03").Append(sample.Sample.Patient.Id.ToString()).Append(sample.Sample.Patient.Id.ToString("N")))
        {
            Assert.DoesNotContain(plaintext, all, StringComparison.OrdinalIgnoreCase);
        }

        var patient = JsonDocument.Parse(Assert.Single(File.ReadAllLines(Path.Combine(_out, "patients.jsonl")))).RootElement;
        Assert.Equal("90+", patient.GetProperty("age").GetString());
        Assert.False(patient.TryGetProperty("birthYear", out _));
        Assert.Equal("OH", patient.GetProperty("state").GetString());
        Assert.Equal("432", patient.GetProperty("zip3").GetString());

        var encounter = JsonDocument.Parse(Assert.Single(File.ReadAllLines(Path.Combine(_out, "encounters.jsonl")))).RootElement;
        Assert.Equal(patient.GetProperty("id").GetString(), encounter.GetProperty("patient").GetString());
        Assert.Equal(2026, encounter.GetProperty("year").GetInt32());
        Assert.Equal("90+", encounter.GetProperty("ageAtService").GetString());
        Assert.Equal(["M1711", "E119"], encounter.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("20610", encounter.GetProperty("charges")[0].GetProperty("procedure").GetString());
        var note = encounter.GetProperty("notes")[0].GetProperty("text").GetString()!;
        Assert.Contains("Knee osteoarthritis, injection given.", note, StringComparison.Ordinal);
        Assert.Contains("[DATE 2026]", note, StringComparison.Ordinal);
        Assert.Contains("90+ y/o", note, StringComparison.Ordinal);

        Assert.Equal(2, report.Records);
        Assert.Equal(1, report.Notes);
        Assert.True(report.RemovedCount(SafeHarborIdentifier.Names) >= 6);
        Assert.True(report.RemovedCount(SafeHarborIdentifier.HealthPlanBeneficiaryNumbers) >= 1);
        Assert.True(report.RemovedCount(SafeHarborIdentifier.TelephoneNumbers) >= 2);
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.EmailAddresses));
        Assert.True(report.GeneralizedCount(SafeHarborIdentifier.Geography) >= 1);
        var reportJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "deid-report.json"))).RootElement;
        Assert.Equal(report.RemovedCount(SafeHarborIdentifier.Names), reportJson.GetProperty("removed").GetProperty("Names").GetInt32());
    }
}

public sealed class SqliteDeidentifiedExportTests(SqliteDatabaseFixture fixture) : DeidentifiedExportTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresDeidentifiedExportTests(PostgresDatabaseFixture fixture) : DeidentifiedExportTests(fixture), IClassFixture<PostgresDatabaseFixture>;
