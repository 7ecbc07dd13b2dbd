using System.Net;
using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests;

/// <summary>Data created through the API itself, as a practice would enter it.</summary>
internal static class ApiSeed
{
    public static string NpiFor(string nine) => nine + Npi.ComputeCheckDigit(nine);

    /// <summary>Creates <paramref name="count"/> Ready professional claims through the API and returns their ids.</summary>
    public static async Task<List<string>> ReadyClaimsAsync(ClaimsmithWebFactory factory, int count)
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var org = await admin.CreateAsync("/api/organizations", new { name = "Alder Family Practice", kind = "Practice", taxId = "221334444", npi = NpiFor("200000001"), taxonomy = "207Q00000X", address = new { line1 = "40 Synthetic Row", city = "Testville", state = "OH", postalCode = "432101234" } });
        var payer = await admin.CreateAsync("/api/payers", new { name = "Synthetic Mutual", payerIdentifier = "SYM01", claimFilingIndicator = "CI", timelyFilingDays = 3650 }); // long enough that the scrubber's timely-filing edit leaves these fixed 2026 dates alone
        var provider = await biller.CreateAsync("/api/providers", new { organizationId = (string)org["id"]!, lastName = "Heron", firstName = "Ada", npi = NpiFor("200000002"), taxonomy = "207Q00000X" });
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var patient = await biller.CreateAsync("/api/patients", new { organizationId = (string)org["id"]!, accountNumber = "B" + Guid.NewGuid().ToString("N")[..8], lastName = "Wren", firstName = "Kit" + i, birthDate = "1980-02-03", sex = "Male", address = ApiClient.Address() });
            await biller.CreateAsync("/api/coverages", new
            {
                patientId = (string)patient["id"]!,
                payerId = (string)payer["id"]!,
                order = "Primary",
                memberId = "SYM-" + i,
                relationship = "Self",
                effectiveFrom = "2026-01-01",
            });
            var encounter = await coder.CreateAsync("/api/encounters", new
            {
                patientId = (string)patient["id"]!,
                kind = "Professional",
                serviceFrom = "2026-04-0" + (1 + (i % 9)),
                placeOfService = "11",
                renderingProviderId = (string)provider["id"]!,
                diagnoses = new[] { new { code = "E11.9" }, new { code = "I10" } },
                charges = new object[]
                {
                    new { procedureCode = "99214", units = 1, charge = 150.00m, diagnosisPointers = new[] { 1, 2 } },
                    new { procedureCode = "83036", units = 1, charge = 25.00m, diagnosisPointers = new[] { 1 } },
                },
            });
            var claim = await biller.CreateAsync("/api/claims", new { encounterId = (string)encounter["id"]! });
            var id = (string)claim["id"]!;
            var (status, body, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = (long)claim["version"]! });
            Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
            ids.Add(id);
        }

        return ids;
    }
}
