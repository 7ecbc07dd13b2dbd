using System.Net;
using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests;

/// <summary>Data created through the API itself, as a practice would enter it.</summary>
internal static class ApiSeed
{
    public static string NpiFor(string nine) => nine + Npi.ComputeCheckDigit(nine);

    /// <summary>A practice, a payer and a rendering provider, created through the API; their ids.</summary>
    public sealed record Practice(string OrganizationId, string PayerId, string ProviderId);

    /// <summary>A patient with a primary coverage; their ids.</summary>
    public sealed record Insured(string PatientId, string CoverageId);

    public static async Task<Practice> PracticeAsync(ClaimsmithWebFactory factory)
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var org = await admin.CreateAsync("/api/organizations", new { name = "Alder Family Practice", kind = "Practice", taxId = "221334444", npi = NpiFor("200000001"), taxonomy = "207Q00000X", address = new { line1 = "40 Synthetic Row", city = "Testville", state = "OH", postalCode = "432101234" } });
        var payer = await admin.CreateAsync("/api/payers", new { name = "Synthetic Mutual", payerIdentifier = "SYM01", claimFilingIndicator = "CI", timelyFilingDays = 3650 }); // long enough that the scrubber's timely-filing edit leaves these fixed 2026 dates alone
        var provider = await biller.CreateAsync("/api/providers", new { organizationId = (string)org["id"]!, lastName = "Heron", firstName = "Ada", npi = NpiFor("200000002"), taxonomy = "207Q00000X" });
        return new((string)org["id"]!, (string)payer["id"]!, (string)provider["id"]!);
    }

    public static async Task<Insured> InsuredAsync(ClaimsmithWebFactory factory, Practice practice, string memberId, string firstName = "Kit")
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = practice.OrganizationId, accountNumber = "B" + Guid.NewGuid().ToString("N")[..8], lastName = "Wren", firstName, birthDate = "1980-02-03", sex = "Male", address = ApiClient.Address() });
        var coverage = await biller.CreateAsync("/api/coverages", new
        {
            patientId = (string)patient["id"]!,
            payerId = practice.PayerId,
            order = "Primary",
            memberId,
            relationship = "Self",
            effectiveFrom = "2026-01-01",
        });
        return new((string)patient["id"]!, (string)coverage["id"]!);
    }

    /// <summary>
    /// A draft professional claim of <paramref name="insured"/> at <paramref name="practice"/>, coded and
    /// created through the API: E11.9 and I10; 99214 ($150.00) on line 1, 83036 ($25.00) on line 2.
    /// </summary>
    public static async Task<System.Text.Json.Nodes.JsonNode> DraftClaimAsync(ClaimsmithWebFactory factory, Practice practice, Insured insured, string serviceFrom)
    {
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var encounter = await coder.CreateAsync("/api/encounters", new
        {
            patientId = insured.PatientId,
            kind = "Professional",
            serviceFrom,
            placeOfService = "11",
            renderingProviderId = practice.ProviderId,
            diagnoses = new[] { new { code = "E11.9" }, new { code = "I10" } },
            charges = new object[]
            {
                new { procedureCode = "99214", units = 1, charge = 150.00m, diagnosisPointers = new[] { 1, 2 } },
                new { procedureCode = "83036", units = 1, charge = 25.00m, diagnosisPointers = new[] { 1 } },
            },
        });
        return await biller.CreateAsync("/api/claims", new { encounterId = (string)encounter["id"]! });
    }

    /// <summary>Creates <paramref name="count"/> Ready professional claims through the API and returns their ids.</summary>
    public static async Task<List<string>> ReadyClaimsAsync(ClaimsmithWebFactory factory, int count)
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var practice = await PracticeAsync(factory);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var insured = await InsuredAsync(factory, practice, "SYM-" + i, "Kit" + i);
            var claim = await DraftClaimAsync(factory, practice, insured, "2026-04-0" + (1 + (i % 9)));
            var id = (string)claim["id"]!;
            var (status, body, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = (long)claim["version"]! });
            Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
            ids.Add(id);
        }

        return ids;
    }
}
