using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests;

/// <summary>
/// The walk of a claim through the API, with validation errors and concurrency conflicts; run
/// on SQLite and on PostgreSQL by the sealed subclasses at the end of the file.
/// </summary>
public abstract class ClaimsApiTests(ClaimsmithWebFactory factory)
{
    private async Task<(HttpClient Biller, string PatientId, string EncounterId)> SetUpEncounterAsync()
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var org = await admin.CreateAsync("/api/organizations", new { name = "Willow Pediatrics", kind = "Practice", taxId = "111223333", npi = ApiSeed.NpiFor("100000001"), taxonomy = "208000000X", address = ApiClient.Address() });
        var payer = await admin.CreateAsync("/api/payers", new { name = "Synthetic Health Plan", payerIdentifier = "SHP01", claimFilingIndicator = "CI", timelyFilingDays = 3650 }); // long enough that the scrubber's timely-filing edit leaves these fixed 2026 dates alone
        var provider = await biller.CreateAsync("/api/providers", new { organizationId = (string)org["id"]!, lastName = "Quill", firstName = "Iris", npi = ApiSeed.NpiFor("100000002"), taxonomy = "208000000X" });
        var referring = await biller.CreateAsync("/api/providers", new { lastName = "Marsh", firstName = "Owen", npi = ApiSeed.NpiFor("100000003") });
        var account = "P" + Guid.NewGuid().ToString("N")[..8];
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = (string)org["id"]!, accountNumber = account, lastName = "Finch", firstName = "Robin", birthDate = "2018-05-06", sex = "Female", address = ApiClient.Address() });
        await biller.CreateAsync("/api/coverages", new
        {
            patientId = (string)patient["id"]!,
            payerId = (string)payer["id"]!,
            order = "Primary",
            memberId = "SHP-778899",
            groupNumber = "G-12",
            relationship = "Child",
            subscriber = new { lastName = "Finch", firstName = "Dana", birthDate = "1988-09-10", sex = "Female", address = ApiClient.Address() },
            effectiveFrom = "2026-01-01",
        });
        var encounter = await coder.CreateAsync("/api/encounters", new
        {
            patientId = (string)patient["id"]!,
            kind = "Professional",
            serviceFrom = "2026-03-02",
            placeOfService = "11",
            renderingProviderId = (string)provider["id"]!,
            referringProviderId = (string)referring["id"]!,
            diagnoses = new[] { new { code = "J06.9" }, new { code = "R50.9" } },
            charges = new object[]
            {
                new { procedureCode = "99213", modifiers = new[] { "25" }, units = 1, charge = 120.00m, diagnosisPointers = new[] { 1, 2 } },
                new { procedureCode = "J0696", units = 2, charge = 35.50m, diagnosisPointers = new[] { 1 }, ndc = "0409-7332-01", ndcQuantity = 1, ndcUnit = "ML" },
            },
        });
        return (biller, (string)patient["id"]!, (string)encounter["id"]!);
    }

    [Fact]
    public async Task Claim_BuiltReadySubmitted_WithHistoryAndLedger()
    {
        var (biller, patientId, encounterId) = await SetUpEncounterAsync();
        var claim = await biller.CreateAsync("/api/claims", new { encounterId });
        var id = (string)claim["id"]!;
        Assert.Equal("Draft", (string?)claim["status"]);
        Assert.Equal("Dana", (string?)claim["subscriber"]!["firstName"]);
        Assert.Equal("Child", (string?)claim["subscriber"]!["relationship"]);
        Assert.Equal("00409733201", (string?)claim["lines"]![1]!["ndc"]);
        Assert.Equal("J069", (string?)claim["diagnoses"]![0]!["code"]);
        Assert.Equal("Marsh", (string?)claim["referringProvider"]!["lastNameOrOrganization"]);

        var (status, ready, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = 0 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ready", (string?)ready!["status"]);

        (status, var submitted, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/transitions", new { to = "Submitted", version = 1 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Submitted", (string?)submitted!["status"]);

        (status, var history, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/history");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Draft", "Ready", "Submitted"], history!.AsArray().Select(h => (string?)h!["to"]));
        Assert.All(history.AsArray(), h => Assert.Equal(ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller), (string?)h!["by"]));

        (status, var ledger, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/ledger");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(155.50m, (decimal)ledger!["total"]!);

        (status, ledger, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ledger", new { kind = "Payment", bucket = "Insurance", amount = 100.00m, reference = "EFT-1" });
        Assert.Equal(HttpStatusCode.OK, status);
        (status, ledger, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ledger", new { kind = "Transfer", bucket = "Insurance", toBucket = "Patient", amount = 20.00m, reasonCode = "PR-2" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(35.50m, (decimal)ledger!["insurance"]!);
        Assert.Equal(20.00m, (decimal)ledger["patient"]!);

        (status, var balance, _) = await biller.SendAsync(HttpMethod.Get, $"/api/patients/{patientId}/balance");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(55.50m, (decimal)balance!["total"]!);
    }

    [Fact]
    public async Task VoidingADraft_WritesOffItsBalance_AndLocksIt()
    {
        var (biller, _, encounterId) = await SetUpEncounterAsync();
        var id = (string)(await biller.CreateAsync("/api/claims", new { encounterId }))["id"]!;
        var (status, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/transitions", new { to = "Voided", note = "Duplicate visit", version = 0 });
        Assert.Equal(HttpStatusCode.OK, status);
        (_, var ledger, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/ledger");
        Assert.Equal(0m, (decimal)ledger!["total"]!);
        Assert.Contains(ledger["entries"]!.AsArray(), e => (string?)e!["reasonCode"] == "VOID");
        (status, _, _) = await biller.SendAsync(HttpMethod.Put, $"/api/claims/{id}", new { priorAuthorization = "X", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Build_WithoutCoverageOrEncounter_IsAValidationProblem()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, problem, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims", new { encounterId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["encounterId"]);

        var (_, _, encounterId) = await SetUpEncounterAsync();
        (status, problem, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims", new { encounterId, coverageId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["coverageId"]);
    }

    [Fact]
    public async Task BrowserSignIn_WithCookie_Works()
    {
        factory.SkipIfUnavailable();
        using var browser = factory.CreateClient();
        var (status, _, _) = await browser.SendAsync(HttpMethod.Post, "/api/account/login?useCookies=true", new { email = ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder), password = ClaimsmithWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, status);
        (status, var me, _) = await browser.SendAsync(HttpMethod.Get, "/api/account/me");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ClaimsmithRoles.Coder, (string?)me!["roles"]![0]);
        (status, _, _) = await browser.SendAsync(HttpMethod.Post, "/api/claims", new { });
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task IllegalTransition_Is409WithAllowedStatuses()
    {
        var (biller, _, encounterId) = await SetUpEncounterAsync();
        var id = (string)(await biller.CreateAsync("/api/claims", new { encounterId }))["id"]!;
        var (status, problem, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/transitions", new { to = "Paid" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("claim.transition", (string?)problem!["code"]);
        Assert.Contains("Voided", problem["allowed"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public async Task ConcurrentClaimTransitions_SecondIsRefused()
    {
        var (biller, _, encounterId) = await SetUpEncounterAsync();
        var id = (string)(await biller.CreateAsync("/api/claims", new { encounterId }))["id"]!;
        var (first, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", null, ifMatch: "\"0\"");
        var (second, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/transitions", new { to = "Voided" }, ifMatch: "\"0\"");
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second);
    }

    [Fact]
    public async Task Encounter_InvalidCodes_AreFieldLevelValidationErrors()
    {
        var (biller, patientId, _) = await SetUpEncounterAsync();
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var (status, problem, response) = await coder.SendAsync(HttpMethod.Post, "/api/encounters", new
        {
            patientId,
            serviceFrom = "2026-03-02",
            diagnoses = new[] { new { code = "J06.9" }, new { code = "12345" } },
            charges = new object[]
            {
                new { procedureCode = "9921", modifiers = new[] { "25", "LT", "RT", "59", "XS" }, charge = 10.001m, diagnosisPointers = new[] { 7 } },
                new { procedureCode = "J0696", charge = 5m, diagnosisPointers = new[] { 1 }, ndc = "12-34" },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem!["errors"]!.AsObject();
        Assert.Contains("diagnoses[1].code", errors.Select(e => e.Key));
        Assert.Contains("charges[0].procedureCode", errors.Select(e => e.Key));
        Assert.Contains("charges[0].modifiers", errors.Select(e => e.Key));
        Assert.Contains("charges[0].charge", errors.Select(e => e.Key));
        Assert.Contains("charges[0].diagnosisPointers", errors.Select(e => e.Key));
        Assert.Contains("charges[1].ndc", errors.Select(e => e.Key));
        Assert.NotNull(biller);
    }

    [Fact]
    public async Task Patient_ValidationErrors_NameEachField()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, problem, _) = await biller.SendAsync(HttpMethod.Post, "/api/patients", new { organizationId = Guid.NewGuid(), lastName = "", birthDate = "1850-01-01", address = new { line1 = "x", city = "y", state = "OH", postalCode = "12" } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var keys = problem!["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equal(["accountNumber", "address.postalCode", "birthDate", "firstName", "lastName", "organizationId"], keys.Order());
    }

    [Fact]
    public async Task Patient_ConcurrentUpdates_412WithIfMatch_409WithVersionField()
    {
        var (biller, patientId, _) = await SetUpEncounterAsync();
        var (status, patient, response) = await biller.SendAsync(HttpMethod.Get, $"/api/patients/{patientId}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        var update = JsonNode.Parse(patient!.ToJsonString())!.AsObject();
        update["phone"] = "555-0101";
        update.Remove("version");

        (status, _, response) = await biller.SendAsync(HttpMethod.Put, $"/api/patients/{patientId}", update, ifMatch: "\"0\"");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        (status, _, _) = await biller.SendAsync(HttpMethod.Put, $"/api/patients/{patientId}", update, ifMatch: "\"0\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);

        update["version"] = 0;
        (status, var problem, _) = await biller.SendAsync(HttpMethod.Put, $"/api/patients/{patientId}", update);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("https://claimsmith.dev/problems/concurrency", (string?)problem!["type"]);

        update.Remove("version");
        (status, problem, _) = await biller.SendAsync(HttpMethod.Put, $"/api/patients/{patientId}", update);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["version"]);
    }

    [Fact]
    public async Task Lists_ArePagedAndFiltered()
    {
        var (biller, patientId, encounterId) = await SetUpEncounterAsync();
        await biller.CreateAsync("/api/claims", new { encounterId });
        await biller.CreateAsync("/api/claims", new { encounterId });
        var (status, page, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims?patientId={patientId}&pageSize=1&page=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, (int)page!["total"]!);
        Assert.Equal(2, (int)page["pageNumber"]!);
        Assert.Single(page["items"]!.AsArray());
        (_, page, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims?patientId={patientId}&status=Paid");
        Assert.Equal(0, (int)page!["total"]!);
    }

    [Fact]
    public async Task Cms1500Pdf_IsServedForAProfessionalClaim()
    {
        var (biller, _, encounterId) = await SetUpEncounterAsync();
        var id = (string)(await biller.CreateAsync("/api/claims", new { encounterId }))["id"]!;
        using var response = await biller.GetAsync(new Uri($"/api/claims/{id}/cms1500.pdf?mode=data", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(1, pdf.PageCount);
    }
}

public sealed class SqliteClaimsApiTests(ClaimsmithWebFactory factory) : ClaimsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresClaimsApiTests(PostgresClaimsmithWebFactory factory) : ClaimsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
