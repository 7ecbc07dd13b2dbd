using Claimsmith.Billing;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Billing;

/// <summary>
/// The demo seed at a small size produces what it claims: the claims asked for in every stage,
/// a note on every encounter and a coding queue, 835s posted through the posting service with the
/// denial work items and exceptions they cause, appeals, and stored claim totals equal to the
/// lines; running it again adds nothing.
/// </summary>
public sealed class DemoSeedContentTests : IDisposable
{
    private const int Claims = 280; // 40 per organisation
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-seed-" + Guid.NewGuid().ToString("N"));
    private readonly DatabaseSettings _settings;

    public DemoSeedContentTests()
    {
        Directory.CreateDirectory(_dir);
        _settings = DatabaseSettings.Sqlite(Path.Combine(_dir, "seed.db")) with { Keys = KeyRing.Generate(TimeProvider.System) };
    }

    [Fact]
    public async Task SmallSeed_HasEveryKindOfRecord_AndRerunAddsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _settings.CreateContext())
        {
            await ClaimsmithDatabase.MigrateAsync(db, ct);
        }

        var seeder = new DemoSeeder(_settings.CreateContext, TimeProvider.System);
        var report = await seeder.SeedAsync(Claims, 31, ct);
        Assert.Equal(Claims, report.Claims);
        Assert.True(report.Remittances > 0 && report.RemittedClaims > 0 && report.Appeals > 0, report.ToString());

        await using (var db = _settings.CreateContext())
        {
            Assert.Equal(Claims, await db.Claims.CountAsync(ct));

            // Every encounter has a note; one in ten more wait for coding (a note, no codes, no claim).
            Assert.False(await db.Encounters.AnyAsync(e => !db.ClinicalDocuments.Any(d => d.EncounterId == e.Id), ct));
            var waiting = await db.Encounters.Where(e => !db.Claims.Any(c => c.EncounterId == e.Id)).ToListAsync(ct);
            Assert.Equal(7 * (Claims / 7 / 10), waiting.Count);
            Assert.False(await db.EncounterDiagnoses.AnyAsync(d => waiting.Select(w => w.Id).Contains(d.EncounterId), ct));
            Assert.Equal(Claims + waiting.Count, report.Encounters);

            // Claims in every stage, from draft to appealed.
            var statuses = await db.Claims.Select(c => c.Status).Distinct().ToListAsync(ct);
            foreach (var expected in new[] { ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied, ClaimStatus.Appealed, ClaimStatus.Closed })
            {
                Assert.Contains(expected, statuses);
            }

            // The 835s were posted through the posting service: advices, adjudications, denial work items, exceptions.
            Assert.Equal(report.Remittances, await db.RemittanceAdvices.CountAsync(ct));
            Assert.True(await db.ClaimAdjudications.CountAsync(ct) >= report.RemittedClaims);
            Assert.True(await db.DenialWorkItems.AnyAsync(ct));
            Assert.Equal(report.Appeals, await db.Appeals.CountAsync(ct));
            Assert.True(await db.Appeals.AllAsync(a => a.FiledOn != null, ct));
            var awaiting = await (from c in db.Claims
                                  join h in db.ClaimStatusChanges on c.Id equals h.ClaimId
                                  where h.Note != null && h.Note.StartsWith(DemoSeeder.AwaitingRemittance)
                                  select c.Status).ToListAsync(ct);
            Assert.Equal(report.RemittedClaims, awaiting.Count);
            Assert.DoesNotContain(ClaimStatus.Accepted, awaiting);

            // The stored totals equal the lines.
            var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).ToListAsync(ct);
            Assert.All(claims, c => Assert.Equal(c.TotalCharge, c.StoredTotalCharge));
            Assert.All(claims, c => Assert.True(c.StoredTotalCharge > Money.Zero));
        }

        var again = await seeder.SeedAsync(Claims, 31, ct);
        Assert.Equal((0, 8, 0, 0, 0), (again.BatchesWritten, again.BatchesSkipped, again.Remittances, again.RemittedClaims, again.Appeals));
        await using (var db = _settings.CreateContext())
        {
            Assert.Equal(Claims, await db.Claims.CountAsync(ct));
            Assert.Equal(report.Remittances, await db.RemittanceAdvices.CountAsync(ct));
            Assert.Equal(report.Appeals, await db.Appeals.CountAsync(ct));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
