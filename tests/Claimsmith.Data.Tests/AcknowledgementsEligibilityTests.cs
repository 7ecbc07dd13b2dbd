using System.Text;
using Claimsmith.Billing;
using Claimsmith.Billing.Claims.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests;

/// <summary>999/277CA intake, eligibility checks and secondary claims against a real database, per provider.</summary>
public abstract class AcknowledgementsEligibilityTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 10, 8, 30, 0, TimeSpan.Zero));

    /// <summary>Seeds a claim and submits it in a recorded 837 batch, as the batches API does.</summary>
    private async Task<(Sample Sample, Claim Claim, ClaimBatch Batch)> SubmitAsync()
    {
        var sample = new Sample();
        await using var db = fixture.CreateContext();
        sample.AddTo(db);
        var claim = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
        Assert.Empty(claim.MarkReady("biller1", _clock));
        var control = await db.NextInterchangeControlNumberAsync(Ct);
        var export = Claim837Exporter.Export([claim], ClaimKind.Professional, Claim837ExportSettings.Demo, _clock.GetUtcNow(), control);
        Assert.True(export.IsAccepted, string.Join("\n", export.Validation.Issues));
        Assert.Null(claim.TransitionTo(ClaimStatus.Submitted, "biller1", _clock));
        var batch = ClaimBatch.Create(control, ClaimKind.Professional, export.Bytes, [claim.Id], "biller1", _clock);
        db.Claims.Add(claim);
        db.ClaimBatches.Add(batch);
        await db.SaveChangesAsync(Ct);
        return (sample, claim, batch);
    }

    private static byte[] Ack999(long group, string status, string extra = "") =>
        Encoding.ASCII.GetBytes(
            "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260211*1200*^*00501*000000901*0*T*:~" +
            $"GS*FA*DEMOCH*CLAIMSMITH01*20260211*1200*{group}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*{group}*005010X222A1~" +
            $"AK2*837*0001*005010X222A1~{extra}IK5*{status}{(status == "R" ? "*5" : "")}~AK9*{status}*1*1*{(status == "R" ? 0 : 1)}~" +
            $"SE*{6 + extra.Count(c => c == '~')}*0001~GE*1*{group}~IEA*1*000000901~");

    private static byte[] Ack277(string claimNumber, string stc, string icn) =>
        Encoding.ASCII.GetBytes(
            "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260212*0800*^*00501*000000902*0*T*:~" +
            "GS*HN*DEMOCH*CLAIMSMITH01*20260212*0800*902*X*005010X214~ST*277*0001*005010X214~BHT*0085*08*B1*20260212*0800*TH~" +
            "HL*1**20*1~NM1*PR*2*SYNTHETIC MUTUAL*****PI*SYN01~TRN*1*902~DTP*050*D8*20260212~DTP*009*D8*20260212~" +
            "HL*2*1*21*1~NM1*41*2*CLAIMSMITH BILLING*****46*CLAIMSMITH01~TRN*2*1~STC*A1:20*20260212*WQ*352.35~" +
            "HL*3*2*19*1~NM1*85*2*BIRCH*****XX*1234500006~TRN*1*0~" +
            $"HL*4*3*PT~NM1*QC*1*RIVERA*ALEX****MI*M1~TRN*2*{claimNumber}~STC*{stc}*20260212*WQ*352.35~REF*1K*{icn}~DTP*472*D8*20260203~" +
            "SE*22*0001~GE*1*902~IEA*1*000000902~");

    [Fact]
    public async Task Rejected999_MovesTheBatchClaimsToRejected_AndTheSameFileTwiceChangesNothing()
    {
        var (_, claim, batch) = await SubmitAsync();
        var file = Ack999(batch.ControlNumber, "R", "IK3*CLM*22**8~CTX*CLM01:" + claim.ClaimNumber + "~IK4*2*782*1~");

        await using (var db = fixture.CreateContext())
        {
            var result = await AcknowledgementIntake.ApplyAsync(db, file, "biller1", _clock, Ct);
            Assert.False(result.AlreadyReceived);
            var change = Assert.Single(result.Changes);
            Assert.Equal((claim.Id, "Submitted -> Rejected"), (change.ClaimId, change.Outcome));
            Assert.Contains("required element missing", change.Explanation, StringComparison.Ordinal);
        }

        await using (var db = fixture.CreateContext())
        {
            var again = await AcknowledgementIntake.ApplyAsync(db, file, "biller1", _clock, Ct);
            Assert.True(again.AlreadyReceived);
            Assert.DoesNotContain(db.ChangeTracker.Entries(), e => e.State != EntityState.Unchanged);
        }

        await using var check = fixture.CreateContext();
        var stored = await check.Claims.Include(c => c.History).SingleAsync(c => c.Id == claim.Id, Ct);
        Assert.Equal(ClaimStatus.Rejected, stored.Status);
        Assert.Single(stored.History, h => h.To == ClaimStatus.Rejected);
        Assert.Equal(ClaimBatchStatus.Rejected, (await check.ClaimBatches.SingleAsync(b => b.Id == batch.Id, Ct)).Status);
        Assert.Single(await check.AcknowledgementFiles.Where(f => f.Kind == AcknowledgementKind.Implementation999 && f.ControlNumber == "000000901").Include(f => f.Results).Where(f => f.Results.Any(r => r.ClaimId == claim.Id)).ToListAsync(Ct));
    }

    [Fact]
    public async Task Accepted999_ThenAccepted277CA_MovesTheClaimToAccepted_WithThePayerClaimNumber()
    {
        var (_, claim, batch) = await SubmitAsync();
        await using (var db = fixture.CreateContext())
        {
            var ack = await AcknowledgementIntake.ApplyAsync(db, Ack999(batch.ControlNumber, "A"), "biller1", _clock, Ct);
            Assert.Empty(ack.Changes);
            Assert.Equal(AcknowledgementVerdict.Accepted, Assert.Single(ack.File!.Results).Verdict);
        }

        var file = Ack277(claim.ClaimNumber, "A2:20", "ICN-" + claim.ClaimNumber);
        await using (var db = fixture.CreateContext())
        {
            var result = await AcknowledgementIntake.ApplyAsync(db, file, "biller1", _clock, Ct);
            Assert.Equal("Submitted -> Accepted", Assert.Single(result.Changes).Outcome);
        }

        await using (var db = fixture.CreateContext())
        {
            Assert.True((await AcknowledgementIntake.ApplyAsync(db, file, "biller1", _clock, Ct)).AlreadyReceived);
        }

        await using var check = fixture.CreateContext();
        var stored = await check.Claims.Include(c => c.History).SingleAsync(c => c.Id == claim.Id, Ct);
        Assert.Equal((ClaimStatus.Accepted, "ICN-" + claim.ClaimNumber), (stored.Status, stored.PayerClaimControlNumber));
        Assert.Single(stored.History, h => h.To == ClaimStatus.Accepted);
        Assert.Equal(ClaimBatchStatus.Accepted, (await check.ClaimBatches.SingleAsync(b => b.Id == batch.Id, Ct)).Status);
    }

    [Fact]
    public async Task Rejected277CA_ExplainsTheCodes_AndUnknownClaimsAreRecordedUnmatched()
    {
        var (_, claim, _) = await SubmitAsync();
        await using (var db = fixture.CreateContext())
        {
            var result = await AcknowledgementIntake.ApplyAsync(db, Ack277(claim.ClaimNumber, "A7:562:85", "X1"), "biller1", _clock, Ct);
            var change = Assert.Single(result.Changes);
            Assert.Equal("A7:562:85", change.Codes);
            Assert.Contains("National Provider Identifier", change.Explanation, StringComparison.Ordinal);
        }

        await using (var db = fixture.CreateContext())
        {
            var unknown = await AcknowledgementIntake.ApplyAsync(db, Ack277("NOSUCHCLAIM", "A2:20", "X2"), "biller1", _clock, Ct);
            var result = Assert.Single(unknown.File!.Results);
            Assert.Null(result.ClaimId);
            Assert.False(result.Changed);
        }

        await using var check = fixture.CreateContext();
        var stored = await check.Claims.Include(c => c.History).SingleAsync(c => c.Id == claim.Id, Ct);
        Assert.Equal(ClaimStatus.Rejected, stored.Status);
        Assert.Contains("National Provider Identifier", stored.History.Single(h => h.To == ClaimStatus.Rejected).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EligibilityCheck_Stores270_AndThe271AnswersItByTrace()
    {
        var sample = new Sample();
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            await db.SaveChangesAsync(Ct);
        }

        EligibilityCheck check;
        await using (var db = fixture.CreateContext())
        {
            var requested = await EligibilityChecks.RequestAsync(db, sample.Coverage.Id, new DateOnly(2026, 2, 3), Claim837ExportSettings.Demo, null, "frontdesk", _clock, Ct);
            Assert.Empty(requested.Issues);
            check = requested.Check!;
            Assert.Contains("TRN*1*" + check.TraceNumber, Encoding.ASCII.GetString(requested.Request!), StringComparison.Ordinal);
        }

        var response = Encoding.ASCII.GetBytes(
            "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260210*0900*^*00501*000000777*0*T*:~" +
            "GS*HB*DEMOCH*CLAIMSMITH01*20260210*0900*777*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*X*20260210*0900~" +
            "HL*1**20*1~NM1*PR*2*SYNTHETIC MUTUAL*****PI*SYN01~HL*2*1*21*1~NM1*1P*2*BIRCH*****XX*1234500006~" +
            $"HL*3*2*22*1~NM1*IL*1*RIVERA*MORGAN****MI*{sample.Coverage.MemberId}~HL*4*3*23*0~TRN*2*{check.TraceNumber}*1987654321~NM1*03*1*RIVERA*ALEX~" +
            "EB*1*FAM*30**SILVER~EB*C*FAM*30***23*2000*****Y~EB*C*FAM*30***29*500*****Y~EB*B**98***27*20*****Y~" +
            "SE*16*0001~GE*1*777~IEA*1*000000777~");
        await using (var db = fixture.CreateContext())
        {
            var recorded = await EligibilityChecks.RecordResponseAsync(db, response, null, _clock, Ct);
            Assert.Empty(recorded.Issues);
            Assert.Equal(check.Id, Assert.Single(recorded.Answers).Check?.Id);
        }

        await using var read = fixture.CreateContext();
        var stored = await read.EligibilityChecks.SingleAsync(c => c.Id == check.Id, Ct);
        Assert.Equal((EligibilityCheckStatus.Answered, true, "SILVER"), (stored.Status, stored.Active, stored.Plan));
        var summary = EligibilityChecks.Summary(stored)!;
        var deductible = Assert.Single(summary.Deductibles);
        Assert.Equal((Money.Of(2000), Money.Of(1500), Money.Of(500)), (deductible.Total!.Value, deductible.Met!.Value, deductible.Remaining!.Value));
        Assert.Equal(Money.Of(20), Assert.Single(summary.Copays).Copay);
        Assert.StartsWith("ISA", Encoding.ASCII.GetString(stored.Request), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondaryClaim_WithPrimaryAdjudication_RoundTrips_AndPassesTheValidator()
    {
        var sample = new Sample();
        Claim primary;
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            primary = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
            foreach (var to in new[] { ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.PartiallyPaid })
            {
                Assert.Null(primary.TransitionTo(to, "biller1", _clock));
            }

            primary.PayerClaimControlNumber = "SYN-ICN-1";
            db.Claims.Add(primary);
            await db.SaveChangesAsync(Ct);
        }

        // Knee injection $310.25: CO-45 $110.25, deductible $50, paid $150. Drug $42.10: CO-45 $2.10, coinsurance $8, paid $32.
        var adjudication = new PrimaryAdjudication
        {
            PayerClaimControlNumber = "SYN-ICN-1",
            PaidDate = new DateOnly(2026, 3, 1),
            Paid = Money.Of(182),
            Lines =
            [
                new PrimaryLineAdjudication { LineNumber = 1, Paid = Money.Of(150), Adjustments = [new("CO", "45", Money.Of(110.25m)), new("PR", "1", Money.Of(50))] },
                new PrimaryLineAdjudication { LineNumber = 2, Paid = Money.Of(32), Adjustments = [new("CO", "45", Money.Of(2.10m)), new("PR", "2", Money.Of(8))] },
            ],
        };
        Guid secondaryId;
        await using (var db = fixture.CreateContext())
        {
            var prior = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).SingleAsync(c => c.Id == primary.Id, Ct);
            var built = SecondaryClaimBuilder.Build(new SecondaryClaimRequest
            {
                PriorClaim = prior,
                Adjudication = adjudication,
                NextCoverage = sample.Secondary,
                NextPayer = sample.SecondPayer,
                Patient = sample.Patient,
                ClaimNumber = await db.NextClaimNumberAsync(Ct),
                Actor = "biller1",
            }, _clock);
            Assert.Empty(built.Issues);
            db.Claims.Add(built.Claim!);
            await db.SaveChangesAsync(Ct);
            secondaryId = built.Claim!.Id;
        }

        await using var read = fixture.CreateContext();
        var secondary = await read.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).SingleAsync(c => c.Id == secondaryId, Ct);
        Assert.Equal(primary.Id, secondary.PredecessorClaimId);
        var other = Assert.Single(secondary.OtherCoverages);
        Assert.Equal((Money.Of(182), Money.Of(58), new DateOnly(2026, 3, 1), "SYN-ICN-1"), (other.PaidAmount!.Value, other.RemainingPatientLiability!.Value, other.AdjudicationDate!.Value, other.PayerClaimControlNumber));
        var line1 = secondary.Lines.Single(l => l.LineNumber == 1);
        var adj = Assert.Single(line1.OtherPayerAdjudications);
        Assert.Equal((Money.Of(150), Money.Of(50)), (adj.Paid, adj.RemainingPatientLiability));
        Assert.Equal([Money.Of(110.25m), Money.Of(50)], adj.Adjustments.Select(a => a.Amount));

        var batch = Claim837Exporter.Export([secondary], ClaimKind.Professional, Claim837ExportSettings.Demo, _clock.GetUtcNow(), 77);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        var primaryHistory = await read.ClaimStatusChanges.Where(h => h.ClaimId == primary.Id).OrderBy(h => h.At).ToListAsync(Ct);
        Assert.Contains(primaryHistory, h => h.Note?.Contains(secondary.ClaimNumber, StringComparison.Ordinal) == true);
    }
}

public sealed class SqliteAcknowledgementsEligibilityTests(SqliteDatabaseFixture fixture) : AcknowledgementsEligibilityTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresAcknowledgementsEligibilityTests(PostgresDatabaseFixture fixture) : AcknowledgementsEligibilityTests(fixture), IClassFixture<PostgresDatabaseFixture>;
