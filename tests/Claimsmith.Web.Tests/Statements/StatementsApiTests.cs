using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Tests.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Statements;

/// <summary>
/// <c>/api/statements</c>: a patient who owes $40 after insurance gets a statement (JSON and PDF)
/// with that amount, a payment lowers it to the cent, a payment plan is recorded, a statement run
/// stores a numbered statement that reads back the same; bad amounts are 400 problems naming the
/// field, unknown patients 404, coders 403, and every call is in the audit log. Runs on SQLite
/// and, with CLAIMSMITH_TEST_POSTGRES, on PostgreSQL.
/// </summary>
public abstract class StatementsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One claim of $175: insurance paid $135 and moved $40 to the patient (PR-2 coinsurance).
    private async Task<(Patient Patient, Claim Claim)> PatientOwingAsync()
    {
        var (patient, claims) = await PostingSeed.SubmittedClaimsAsync(factory.Services);
        var claim = claims[0];
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var ledger = new Ledger(await db.LedgerEntries.Where(e => e.ClaimId == claim.Id).ToListAsync(Ct), TimeProvider.System);
        var stored = await db.Claims.SingleAsync(c => c.Id == claim.Id, Ct);
        Assert.Null(ledger.PostPayment(stored, LedgerBucket.Insurance, Money.Of(135m), PostingSeed.Trace(), "seed").Issue);
        Assert.Null(ledger.Transfer(stored, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(40m), "seed", "PR-2").Issue);
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(Ct);
        return (patient, claim);
    }

    [Fact]
    public async Task Statement_Payment_Plan_AndRun_AgreeToTheCent()
    {
        factory.SkipIfUnavailable();
        var (patient, claim) = await PatientOwingAsync();
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (status, statement, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/patients/{patient.Id}");
        Assert.True(status == HttpStatusCode.OK, statement?.ToJsonString());
        Assert.Equal(40.00m, (decimal)statement!["amountDue"]!);
        Assert.Contains(claim.ClaimNumber, statement.ToJsonString(), StringComparison.Ordinal);

        using (var pdf = await biller.GetAsync(new Uri($"/api/statements/patients/{patient.Id}/statement.pdf", UriKind.Relative), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 4), StringComparison.Ordinal);
        }

        (status, var paid, _) = await biller.SendAsync(HttpMethod.Post, $"/api/statements/patients/{patient.Id}/payments", new { amount = 15.25m, method = "Card", reference = "CARD-0001" });
        Assert.True(status == HttpStatusCode.OK, paid?.ToJsonString());
        (_, statement, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/patients/{patient.Id}");
        Assert.Equal(24.75m, (decimal)statement!["amountDue"]!);

        (status, var plan, _) = await biller.SendAsync(HttpMethod.Post, $"/api/statements/patients/{patient.Id}/payment-plans",
            new { total = 24.75m, monthlyAmount = 10m, startDate = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(status == HttpStatusCode.Created, plan?.ToJsonString());
        var (_, plans, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/patients/{patient.Id}/payment-plans");
        Assert.Single(plans!.AsArray());

        // A statement run over the patient's organization stores a numbered statement for them.
        (status, var run, _) = await biller.SendAsync(HttpMethod.Post, "/api/statements/run", new { organizationId = patient.OrganizationId, minimumBalance = 5m });
        Assert.True(status == HttpStatusCode.OK, run?.ToJsonString());
        var summary = Assert.Single(run!.AsArray(), s => (string?)s!["patientId"] == patient.Id.ToString())!;
        Assert.Equal(24.75m, (decimal)summary["amountDue"]!);
        var (_, stored, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/{(string)summary["id"]!}");
        Assert.Equal((string?)summary["statementNumber"], (string?)stored!["statementNumber"]);
        Assert.Equal(24.75m, (decimal)stored["amountDue"]!);
        var (_, list, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements?patientId={patient.Id}");
        Assert.Contains(list!["items"]!.AsArray(), s => (string?)s!["id"] == (string?)summary["id"]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var id = patient.Id.ToString();
        var actions = await db.AuditEntries.Where(e => e.RecordType == "Patient" && e.RecordIds == id && e.Outcome == AuditOutcome.Success).Select(e => e.Action).ToListAsync(Ct);
        Assert.Contains("statement.read", actions);
        Assert.Contains("statement.statement.pdf.read", actions);
        Assert.Contains("statement.payments.change", actions);
        Assert.Contains("statement.payment-plans.change", actions);
    }

    [Fact]
    public async Task BadAmounts_UnknownPatients_AndCoders_AreRefused()
    {
        factory.SkipIfUnavailable();
        var (patient, _) = await PatientOwingAsync();
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (status, bad, _) = await biller.SendAsync(HttpMethod.Post, $"/api/statements/patients/{patient.Id}/payments", new { amount = 1.005m });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("amount", bad!["errors"]!.AsObject().Select(e => e.Key));
        (status, bad, _) = await biller.SendAsync(HttpMethod.Post, $"/api/statements/patients/{patient.Id}/payments", new { amount = 5m, reference = new string('x', 101) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("reference", bad!["errors"]!.AsObject().Select(e => e.Key));

        // Nothing was posted by the refused payments.
        var (_, statement, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/patients/{patient.Id}");
        Assert.Equal(40.00m, (decimal)statement!["amountDue"]!);

        var (notFound, _, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/patients/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, notFound);
        (notFound, _, _) = await biller.SendAsync(HttpMethod.Get, $"/api/statements/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, notFound);

        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var (forbidden, _, _) = await coder.SendAsync(HttpMethod.Get, $"/api/statements/patients/{patient.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        (forbidden, _, _) = await coder.SendAsync(HttpMethod.Post, $"/api/statements/patients/{patient.Id}/payments", new { amount = 5m });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
    }
}

public sealed class SqliteStatementsApiTests(ClaimsmithWebFactory factory) : StatementsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresStatementsApiTests(PostgresClaimsmithWebFactory factory) : StatementsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
