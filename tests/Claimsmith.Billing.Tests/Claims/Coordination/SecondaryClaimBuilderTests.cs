using System.Text;
using Claimsmith.Billing.Claims.Export;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Validation;
using Microsoft.Extensions.Time.Testing;
using XCommon = Claimsmith.X12.Common;

namespace Claimsmith.Billing.Tests.Claims.Coordination;

public sealed class SecondaryClaimBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    internal static (Claim Primary, SecondaryClaimRequest Request) Scenario(FakeTimeProvider clock, ClaimKind kind = ClaimKind.Professional)
    {
        var r = TestData.Request(kind);
        r.Patient.Address = new Address { Line1 = "5 Elm St", City = "Springfield", State = "IL", PostalCode = "62701" };
        if (kind == ClaimKind.Institutional)
        {
            r.Encounter.AttendingProviderId = r.Encounter.RenderingProviderId;
            r.Encounter.AdmissionDate = r.Encounter.ServiceFrom;
            r.Encounter.AdmissionType = "1";
            r.Encounter.AdmissionSource = "7";
            r.Encounter.PatientStatus = "01";
        }

        var secondPayer = new Payer { Name = "Second Mutual", PayerIdentifier = "SEC22", ClaimFilingIndicator = "CI" };
        var secondary = new Coverage { PatientId = r.Patient.Id, PayerId = secondPayer.Id, Order = CoverageOrder.Secondary, MemberId = "S999", EffectiveFrom = new DateOnly(2025, 1, 1) };
        var primary = ClaimBuilder.Build(r with { OtherCoverages = [(secondary, secondPayer)] }, clock).Claim!;
        foreach (var to in new[] { ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.PartiallyPaid })
        {
            Assert.Null(primary.TransitionTo(to, "biller1", clock));
        }

        primary.PayerClaimControlNumber = "ACME-ICN-77";
        var adjudication = PrimaryAdjudicationMapper.FromRemittance(Primary835(primary), primary.ClaimNumber)!;
        return (primary, new SecondaryClaimRequest
        {
            PriorClaim = primary,
            Adjudication = adjudication,
            NextCoverage = secondary,
            NextPayer = secondPayer,
            Patient = r.Patient,
            ClaimNumber = "CS000002",
            Actor = "biller1",
        });
    }

    // A synthetic primary 835 for the seeded claim, written and read back through the X12 engine:
    // line 1 $150 allowed $100 (CO-45 $50), deductible $20, paid $80; line 2 $25.50 allowed $20
    // (CO-45 $5.50), coinsurance $4, paid $16. Claim paid $96, patient owes $24.
    internal static Remittance835 Primary835(Claim claim)
    {
        var payment = new ClaimPayment835 { PatientControlNumber = claim.ClaimNumber, StatusCode = "1", Charge = 175.50m, Paid = 96m, PatientResponsibility = 24m, FilingIndicator = "12", PayerClaimControlNumber = "ACME-ICN-77" };
        var l1 = new ServicePayment835 { Procedure = Claimsmith.X12.Claims.ProcedureCode.Hcpcs("99214", "25"), Charge = 150m, Paid = 80m, UnitsPaid = 1 };
        l1.Adjustments.Add(new XCommon.Adjustment("CO", "45", 50m));
        l1.Adjustments.Add(new XCommon.Adjustment("PR", "1", 20m));
        l1.References.Add(new XCommon.Reference("6R", claim.Lines[0].LineControlNumber));
        var l2 = new ServicePayment835 { Procedure = Claimsmith.X12.Claims.ProcedureCode.Hcpcs("J1100"), Charge = 25.50m, Paid = 16m, UnitsPaid = 2 };
        l2.Adjustments.Add(new XCommon.Adjustment("CO", "45", 5.50m));
        l2.Adjustments.Add(new XCommon.Adjustment("PR", "2", 4m));
        l2.References.Add(new XCommon.Reference("6R", claim.Lines[1].LineControlNumber));
        payment.ServiceLines.Add(l1);
        payment.ServiceLines.Add(l2);
        var remittance = new Remittance835 { TotalPayment = 96m, PaymentMethod = "CHK", PaymentDate = new DateOnly(2026, 4, 15), PaymentDateText = "20260415", TraceNumber = "CHK1001", OriginatingCompanyId = "1999999999" };
        remittance.Payer.Name = "ACME HEALTH";
        remittance.Payee.Name = "MAPLE FAMILY PRACTICE";
        remittance.Payee.IdQualifier = "XX";
        remittance.Payee.Id = "1234567893";
        remittance.Claims.Add(payment);

        var isa = new X12InterchangeHeader { SenderId = "ACME", ReceiverId = "CLAIMSMITH01", Date = "260415", Time = "1200", ControlNumber = "555" };
        var gs = new X12GroupHeader { FunctionalId = "HP", SenderCode = "ACME", ReceiverCode = "CLAIMSMITH01", Date = "20260415", Time = "1200", ControlNumber = "555", Version = "005010X221A1" };
        var bytes = Remittance835Writer.ToBytes(isa, gs, [remittance]);
        var read = Remittance835Reader.Read(bytes);
        Assert.False(read.HasErrors, string.Join("\n", read.Issues));
        return Assert.Single(read.Value);
    }

    [Theory]
    [InlineData(ClaimKind.Professional)]
    [InlineData(ClaimKind.Institutional)]
    public void SecondaryFromPrimary835_PassesTheValidator_WithLoops2320_2330B_2430(ClaimKind kind)
    {
        var (primary, request) = Scenario(_clock, kind);
        var result = SecondaryClaimBuilder.Build(request, _clock);
        Assert.Empty(result.Issues);
        var secondary = result.Claim!;
        Assert.Equal(primary.Id, secondary.PredecessorClaimId);
        Assert.Equal(CoverageOrder.Secondary, secondary.Subscriber.Order);
        Assert.Equal("SEC22", secondary.Payer.PayerIdentifier);
        var other = Assert.Single(secondary.OtherCoverages);
        Assert.Equal((CoverageOrder.Primary, "ACME1", Money.Of(96), Money.Of(24)), (other.Order, other.PayerIdentifier, other.PaidAmount!.Value, other.RemainingPatientLiability!.Value));

        var batch = Claim837Exporter.Export([secondary], kind, Claim837ExportSettings.Demo, Now, 31);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        var text = Encoding.ASCII.GetString(batch.Bytes);
        Assert.Contains("SBR*S*18*", text, StringComparison.Ordinal);
        Assert.Contains("SBR*P*18*", text, StringComparison.Ordinal);
        Assert.Contains("AMT*D*96~", text, StringComparison.Ordinal);
        Assert.Contains("AMT*EAF*24~", text, StringComparison.Ordinal);
        Assert.Contains("DTP*573*D8*20260415", text, StringComparison.Ordinal);
        Assert.Contains("REF*F8*ACME-ICN-77", text, StringComparison.Ordinal);
        Assert.Contains("SVD*ACME1*80*", text, StringComparison.Ordinal);
        Assert.Contains("CAS*CO*45*50*", text.Replace("~", "*~", StringComparison.Ordinal), StringComparison.Ordinal);

        // Read back: the X12 model has the 2320 and 2430 data.
        var claim = Assert.Single(Assert.Single(Assert.Single(Claim837Reader.Read(batch.Bytes).Value).BillingProviders).Subscribers).Claims.Single();
        var os = Assert.Single(claim.OtherSubscribers);
        Assert.Equal(96m, os.PayerPaidAmount);
        Assert.Equal([80m, 16m], claim.Lines.Select(l => Assert.Single(l.Adjudications).PaidAmount));
        Assert.Equal(["CO 45 50", "PR 1 20"], claim.Lines[0].Adjudications[0].Adjustments.Select(a => $"{a.Group} {a.ReasonCode} {a.Amount:0.##}"));
    }

    [Fact]
    public void Primary_KeepsAHistoryEntryNamingTheSecondary()
    {
        var (primary, request) = Scenario(_clock);
        var secondary = SecondaryClaimBuilder.Build(request, _clock).Claim!;
        var last = primary.History[^1];
        Assert.Equal((ClaimStatus.PartiallyPaid, ClaimStatus.PartiallyPaid), (last.From, last.To));
        Assert.Contains(secondary.ClaimNumber, last.Note, StringComparison.Ordinal);
        Assert.Contains(primary.ClaimNumber, secondary.History[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbalanced_IsRefused()
    {
        var (_, request) = Scenario(_clock);
        var lines = request.Adjudication.Lines.ToList();
        lines[0] = lines[0] with { Paid = Money.Of(81) };
        var result = SecondaryClaimBuilder.Build(request with { Adjudication = request.Adjudication with { Lines = lines } }, _clock);
        Assert.Null(result.Claim);
        Assert.Contains(result.Issues, i => i.Code == "secondary.balance" && i.Location == "lines[0]");
    }

    [Fact]
    public void UnknownLine_AndPrimaryCoverageAsNext_AreRefused()
    {
        var (primary, request) = Scenario(_clock);
        var lines = request.Adjudication.Lines.ToList();
        lines[1] = lines[1] with { LineControlNumber = "NOPE" };
        var primaryCoverage = new Coverage { PatientId = primary.PatientId, PayerId = request.NextPayer.Id, Order = CoverageOrder.Primary, MemberId = "X", EffectiveFrom = new DateOnly(2025, 1, 1) };
        var result = SecondaryClaimBuilder.Build(request with { Adjudication = request.Adjudication with { Lines = lines }, NextCoverage = primaryCoverage }, _clock);
        Assert.Contains(result.Issues, i => i.Code == "secondary.line");
        Assert.Contains(result.Issues, i => i.Code == "secondary.coverage");
    }

    [Fact]
    public void NotAdjudicated_IsRefused()
    {
        var r = TestData.Request();
        var claim = ClaimBuilder.Build(r, _clock).Claim!;
        var (_, request) = Scenario(_clock);
        var result = SecondaryClaimBuilder.Build(request with { PriorClaim = claim }, _clock);
        Assert.Contains(result.Issues, i => i.Code == "secondary.status");
    }

    [Fact]
    public void Tertiary_CarriesBothPriorPayers()
    {
        var (_, request) = Scenario(_clock);
        var secondary = SecondaryClaimBuilder.Build(request, _clock).Claim!;
        foreach (var to in new[] { ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid })
        {
            Assert.Null(secondary.TransitionTo(to, "biller1", _clock));
        }

        // The secondary paid the patient's $24 in full on both lines.
        var adjudication = new PrimaryAdjudication
        {
            PayerClaimControlNumber = "SEC-ICN-1",
            PaidDate = new DateOnly(2026, 5, 1),
            Paid = Money.Of(24),
            Lines =
            [
                new PrimaryLineAdjudication { LineNumber = 1, Paid = Money.Of(20), Adjustments = [new OtherPayerAdjustment("CO", "45", Money.Of(130))] },
                new PrimaryLineAdjudication { LineNumber = 2, Paid = Money.Of(4), Adjustments = [new OtherPayerAdjustment("CO", "45", Money.Of(21.50m))] },
            ],
        };
        var thirdPayer = new Payer { Name = "Third Plan", PayerIdentifier = "TER33" };
        var tertiary = new Coverage { PatientId = secondary.PatientId, PayerId = thirdPayer.Id, Order = CoverageOrder.Tertiary, MemberId = "T1", EffectiveFrom = new DateOnly(2025, 1, 1) };
        var result = SecondaryClaimBuilder.Build(new SecondaryClaimRequest
        {
            PriorClaim = secondary,
            Adjudication = adjudication,
            NextCoverage = tertiary,
            NextPayer = thirdPayer,
            Patient = request.Patient,
            ClaimNumber = "CS000003",
            Actor = "biller1",
        }, _clock);
        Assert.Empty(result.Issues);
        var claim = result.Claim!;
        Assert.Equal(["ACME1", "SEC22"], claim.OtherCoverages.Select(o => o.PayerIdentifier));
        Assert.Equal(2, claim.Lines[0].OtherPayerAdjudications.Count);

        var batch = Claim837Exporter.Export([claim], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 32);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        Assert.Contains("SBR*T*18*", Encoding.ASCII.GetString(batch.Bytes), StringComparison.Ordinal);
    }
}
