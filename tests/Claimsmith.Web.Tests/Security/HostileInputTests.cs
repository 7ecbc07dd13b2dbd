using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests.Security;

/// <summary>
/// Hostile input against the real host: SQL injection in search and ids, oversized and
/// malformed bodies, path traversal in file routes, script payloads in names and notes.
/// Each is refused with a problem that says what, or stored literally and returned inert.
/// </summary>
public sealed class HostileInputTests(ClaimsmithWebFactory factory) : IClassFixture<ClaimsmithWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Biller, string OrganizationId)> OrganizationAsync()
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var org = await admin.CreateAsync("/api/organizations", new { name = "Hostile Input Clinic " + Guid.NewGuid().ToString("N")[..6], kind = "Practice", taxId = "123456789", npi = ApiSeed.NpiFor("300000001"), taxonomy = "207Q00000X", address = ApiClient.Address() });
        return (await factory.ClientAsAsync(ClaimsmithRoles.Biller), (string)org["id"]!);
    }

    private static object PatientBody(string organizationId, string lastName, string firstName = "Robin") => new
    {
        organizationId,
        accountNumber = "A" + Guid.NewGuid().ToString("N")[..10],
        lastName,
        firstName,
        birthDate = "1984-07-21",
        sex = "Female",
        address = ApiClient.Address(),
    };

    public static TheoryData<string> Injections => new()
    {
        "' OR '1'='1",
        "'; DROP TABLE \"Patients\"; --",
        "Robert'); DELETE FROM \"Patients\" WHERE ('1'='1",
        "\" OR \"\"=\"",
        "1 UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\" --",
        "%' OR 1=1 --",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task SqlInjection_InSearch_MatchesOnlyItsLiteralValue(string payload)
    {
        var (biller, org) = await OrganizationAsync();
        var plain = await biller.CreateAsync("/api/patients", PatientBody(org, "Finch"));
        var hostile = await biller.CreateAsync("/api/patients", PatientBody(org, payload));
        Assert.Equal(payload, (string)hostile["lastName"]!);

        // The payload is a value to compare, never SQL: it finds the patient named so, and only it.
        var (status, page, _) = await biller.SendAsync(HttpMethod.Get, $"/api/patients?organizationId={org}&q={Uri.EscapeDataString(payload)}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((string)hostile["id"]!, (string)Assert.Single(page!["items"]!.AsArray())!["id"]!);
        Assert.Equal(payload, (string)page["items"]![0]!["lastName"]!);

        (status, page, _) = await biller.SendAsync(HttpMethod.Get, $"/api/patients?organizationId={org}&q={Uri.EscapeDataString(payload)}&birthDate=1984-07-22");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, (int)page!["total"]!);

        // Nothing was dropped or deleted.
        (status, page, _) = await biller.SendAsync(HttpMethod.Get, $"/api/patients?organizationId={org}");
        Assert.Equal(2, (int)page!["total"]!);
        Assert.Contains(page["items"]!.AsArray(), p => (string)p!["id"]! == (string)plain["id"]!);
    }

    [Theory]
    [InlineData("/api/patients/1%20OR%201=1")]
    [InlineData("/api/patients/'%20OR%20'1'='1")]
    [InlineData("/api/claims/00000000-0000-0000-0000-000000000000'--")]
    [InlineData("/api/encounters/;DROP%20TABLE%20Claims")]
    public async Task SqlInjection_InIds_IsNotFound(string url)
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, _, _) = await biller.SendAsync(HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("/api/claims/batches/..%2F..%2F..%2Fetc%2Fpasswd/file")]
    [InlineData("/api/claims/batches/../../../../etc/passwd")]
    [InlineData("/api/claims/..%2F..%2Fappsettings.json/cms1500.pdf")]
    [InlineData("/setup/..%2F..%2Fappsettings.json")]
    [InlineData("/api/claims/batches/%2e%2e%2f%2e%2e%2fclaimsmith.db/file")]
    public async Task PathTraversal_InFileRoutes_ReachesNoFile(string url)
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        using var response = await biller.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStrings", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBody_Is413_SayingTheLimit()
    {
        var (biller, org) = await OrganizationAsync();
        var huge = new string('x', 5 * 1024 * 1024);
        using var content = JsonContent.Create(PatientBody(org, huge));
        await content.LoadIntoBufferAsync(Ct);
        using var response = await biller.PostAsync(new Uri("/api/patients", UriKind.Relative), content, Ct);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("4194304 bytes", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "LineNumber")]
    [InlineData("{\"lastName\": \"Finch\",}", "LineNumber")]
    [InlineData("{\"birthDate\": \"not-a-date\"}", "$.birthDate")]
    [InlineData("{\"sex\": 42.5}", "$.sex")]
    [InlineData("[1,2,3]", "PatientRequest")]
    [InlineData("\u0000\u0001garbage", "invalid")]
    public async Task MalformedJson_Is400_SayingWhere(string body, string expected)
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await biller.PostAsync(new Uri("/api/patients", UriKind.Relative), content, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Contains(expected, (string)problem["detail"]! + (string)problem["title"]!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeeplyNestedJson_Is400()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var body = "{\"address\":" + string.Concat(Enumerable.Repeat("{\"line1\":", 200)) + "\"x\"" + new string('}', 201);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await biller.PostAsync(new Uri("/api/patients", UriKind.Relative), content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ScriptPayloads_InNamesAndNotes_AreStoredLiterally_AndReturnedInertAsJson()
    {
        const string name = "<script>alert('x')</script>";
        const string note = "<img src=x onerror=alert(document.cookie)> \"quoted\" & <svg/onload=alert(1)> javascript:alert(1)";
        var (biller, org) = await OrganizationAsync();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var provider = await admin.CreateAsync("/api/providers", new { organizationId = org, lastName = "Heron", firstName = "Ada", npi = ApiSeed.NpiFor("300000002"), taxonomy = "207Q00000X" });
        var patient = await biller.CreateAsync("/api/patients", PatientBody(org, name, "<b onmouseover=alert(2)>Bo</b>"));
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var encounter = await coder.CreateAsync("/api/encounters", new
        {
            patientId = (string)patient["id"]!,
            kind = "Professional",
            serviceFrom = "2026-03-02",
            placeOfService = "11",
            renderingProviderId = (string)provider["id"]!,
            diagnoses = new[] { new { code = "J06.9" } },
            charges = new[] { new { procedureCode = "99213", units = 1, charge = 120.00m, diagnosisPointers = new[] { 1 } } },
        });
        var document = await coder.CreateAsync($"/api/encounters/{encounter["id"]}/documents", new { title = "<h1>Note</h1>", kind = "progress", text = note });

        foreach (var url in new[] { $"/api/patients/{patient["id"]}", $"/api/encounters/{encounter["id"]}/documents/{document["id"]}" })
        {
            using var response = await coder.GetAsync(new Uri(url, UriKind.Relative), Ct);
            var raw = await response.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            // System.Text.Json escapes <, >, &, ' and " inside strings: no markup survives in the bytes.
            Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", raw, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("\\u003C", raw, StringComparison.Ordinal);
        }

        var (_, readPatient, _) = await coder.SendAsync(HttpMethod.Get, $"/api/patients/{patient["id"]}");
        Assert.Equal(name, (string)readPatient!["lastName"]!);
        var (_, readDocument, _) = await coder.SendAsync(HttpMethod.Get, $"/api/encounters/{encounter["id"]}/documents/{document["id"]}");
        Assert.Equal(note, (string)readDocument!["text"]!);
    }
}
