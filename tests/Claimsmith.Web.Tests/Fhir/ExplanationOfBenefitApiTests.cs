using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Tests.Remittance;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Fhir;

/// <summary>
/// GET /fhir/ExplanationOfBenefit?patient=: built from the stored claim payments of posted 835s
/// (what the payer said: amounts, allowed, CARC by group, RARC), not from the ledger; a claim with
/// no posted 835 has no EOB even when the ledger holds adjustments. On SQLite and PostgreSQL.
/// </summary>
public abstract class ExplanationOfBenefitApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Eob_IsWhatThePayerSaid_WithCarcAndRarc_AndNothingWithoutAn835()
    {
        var (patient, claims) = await PostingSeed.SubmittedClaimsAsync(factory.Services, 2);
        var paid = claims[0];
        // Line 1: allowed 140, CO-45 10, coinsurance PR-2 28, remark N130; line 2: denied CO-197 with remark N54.
        var payment = PayerSimulator.Pay(paid, l => l.LineNumber == 1
            ? [new Adjustment("CO", "45", 10m), new Adjustment("PR", "2", 28m)]
            : [new Adjustment("CO", "197", l.Charge.Amount)], payerClaimNumber: "ICN-778899");
        payment.ServiceLines[0].Remarks.Add(new RemarkCode("HE", "N130"));
        payment.ServiceLines[1].Remarks.Add(new RemarkCode("HE", "N54"));
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        using (var body = new ByteArrayContent(PayerSimulator.ToBytes(PayerSimulator.Remittance(PostingSeed.Trace(), [payment]))))
        {
            body.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
            using var posted = await biller.PostAsync(new Uri("/api/remittances", UriKind.Relative), body, Ct);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        // The other claim only has a manual write-off on the ledger: no 835, so no EOB.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var ledger = new Ledger([.. db.LedgerEntries.Where(e => e.ClaimId == claims[1].Id)], TimeProvider.System);
            Assert.Null(ledger.PostAdjustment(claims[1], LedgerBucket.Insurance, Money.Of(5m), "CO-45", "biller1").Issue);
            db.LedgerEntries.AddRange(ledger.Pending);
            await db.SaveChangesAsync(Ct);
        }

        var since = DateTimeOffset.UtcNow;
        var (status, bundle, response) = await biller.SendAsync(HttpMethod.Get, "/fhir/ExplanationOfBenefit?patient=" + patient.Id);

        Assert.True(status == HttpStatusCode.OK, bundle?.ToJsonString());
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (int)bundle!["total"]!);
        var eob = bundle["entry"]![0]!["resource"]!;
        Assert.Equal(paid.Id.ToString(), (string)eob["id"]!);
        Assert.Contains(eob["identifier"]!.AsArray(), i => (string)i!["value"]! == "ICN-778899");

        var items = eob["item"]!.AsArray();
        Assert.Equal(2, items.Count);
        var first = items[0]!["adjudication"]!.AsArray();
        Assert.Equal(140m, Amount(first, AdjudicationCode("eligible")));
        Assert.Equal(112m, Amount(first, AdjudicationCode("benefit")));
        Assert.Equal(10m, Amount(first, Carc("CO", "45")));
        Assert.Equal(28m, Amount(first, Carc("PR", "2")));
        var second = items[1]!["adjudication"]!.AsArray();
        Assert.Equal(25m, Amount(second, Carc("CO", "197")));
        Assert.Equal(0m, Amount(second, AdjudicationCode("benefit")));

        // RARC: one process note each, referenced by its line.
        var notes = eob["processNote"]!.AsArray().ToDictionary(n => (string)n!["text"]!, n => (int)n!["number"]!);
        Assert.Equal(["RARC N130", "RARC N54"], notes.Keys.Order().ToArray());
        Assert.Equal([notes["RARC N130"]], items[0]!["noteNumber"]!.AsArray().Select(n => (int)n!).ToArray());
        Assert.Equal([notes["RARC N54"]], items[1]!["noteNumber"]!.AsArray().Select(n => (int)n!).ToArray());

        var totals = eob["total"]!.AsArray();
        Assert.Equal(175m, Amount(totals, AdjudicationCode("submitted")));
        Assert.Equal(112m, Amount(totals, AdjudicationCode("benefit")));
        Assert.Equal(28m, (decimal)totals.Single(t => (string)t!["category"]!["coding"]![0]!["code"]! == "memberliability")!["amount"]!["value"]!);

        var audit = await PostingSeed.AuditAsync(factory.Services, "Patient", "GET /fhir/ExplanationOfBenefit -> 200", since);
        Assert.Equal(AuditOutcome.Success, audit.Outcome);
    }

    [Fact]
    public async Task Eob_WithoutPatient_IsAProblemNamingTheField()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, problem, _) = await biller.SendAsync(HttpMethod.Get, "/fhir/ExplanationOfBenefit");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["patient"]);
    }

    private static Func<JsonNode?, bool> AdjudicationCode(string code) =>
        a => (string)a!["category"]!["coding"]![0]!["system"]! == "http://terminology.hl7.org/CodeSystem/adjudication" && (string)a["category"]!["coding"]![0]!["code"]! == code;

    private static Func<JsonNode?, bool> Carc(string group, string reason) =>
        a => a!["reason"] is { } r && (string)r["coding"]![0]!["code"]! == reason
            && (string)a["category"]!["coding"]![0]!["code"]! == (group, reason) switch { ("PR", "1") => "deductible", ("PR", "3") => "copay", _ => group };

    private static decimal Amount(JsonArray adjudications, Func<JsonNode?, bool> which) =>
        (decimal)adjudications.Single(which)!["amount"]!["value"]!;
}

public sealed class SqliteExplanationOfBenefitApiTests(ClaimsmithWebFactory factory) : ExplanationOfBenefitApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresExplanationOfBenefitApiTests(PostgresClaimsmithWebFactory factory) : ExplanationOfBenefitApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
