using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests.Security;

/// <summary>
/// Two client organizations, A and B, each with a provider, facility, patient, coverage,
/// encounter with a note, and a draft claim, created by a staff admin who works for both; and one
/// user per role who works for A only (assigned through PUT /api/users/{id}/organizations).
/// Every value of B that must never reach A's users is in <see cref="Side.Secrets"/>.
/// </summary>
internal sealed class TwoOrganizations
{
    internal sealed record Side(
        string OrganizationId, string ProviderId, string FacilityId, string PatientId, string CoverageId, string EncounterId,
        string DocumentId, string ClaimId, string PatientLastName, string MemberId, string NoteText)
    {
        /// <summary>Strings that identify this side's records; none may appear in the other side's responses.</summary>
        public IEnumerable<string> Secrets => [OrganizationId, ProviderId, FacilityId, PatientId, CoverageId, EncounterId, DocumentId, ClaimId, PatientLastName, MemberId, NoteText];

        /// <summary>The id to put in a route for a record of <paramref name="recordType"/> (the audited group's type).</summary>
        public string? IdFor(string recordType) => recordType switch
        {
            "Organization" => OrganizationId,
            "Provider" => ProviderId,
            "Facility" => FacilityId,
            "Patient" => PatientId,
            "Coverage" => CoverageId,
            "Encounter" => EncounterId,
            "Claim" => ClaimId,
            _ => null,
        };
    }

    public required Side A { get; init; }
    public required Side B { get; init; }

    /// <summary>Email of the user with <paramref name="role"/> who works for A only.</summary>
    public static string UserOfA(string role, string tag) => $"{role}-a-{tag}@claimsmith.test";

    public static async Task<TwoOrganizations> CreateAsync(ClaimsmithWebFactory factory, string tag)
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var payer = await admin.CreateAsync("/api/payers", new { name = "Scope Health Plan", payerIdentifier = "SCP01", claimFilingIndicator = "CI", timelyFilingDays = 3650 }); // long enough that the scrubber's timely-filing edit leaves these fixed 2026 dates alone
        var a = await SideAsync(factory, admin, (string)payer["id"]!, "A", tag, "3");
        var b = await SideAsync(factory, admin, (string)payer["id"]!, "B", tag, "4");
        foreach (var role in ClaimsmithRoles.All)
        {
            var created = await admin.CreateAsync("/api/users", new { email = UserOfA(role, tag), password = ClaimsmithWebFactory.Password, roles = new[] { role } });
            var (status, body, _) = await admin.SendAsync(HttpMethod.Put, $"/api/users/{(string)created["id"]!}/organizations", new { organizationIds = new[] { a.OrganizationId } });
            Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        }

        return new TwoOrganizations { A = a, B = b };
    }

    private static async Task<Side> SideAsync(ClaimsmithWebFactory factory, HttpClient admin, string payerId, string side, string tag, string digit)
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var unique = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var org = await admin.CreateAsync("/api/organizations", new { name = $"Scope {side} {tag}", kind = "Practice", taxId = "55" + unique[..7], npi = ApiSeed.NpiFor(digit + unique), taxonomy = "208000000X", address = new { line1 = "9 Synthetic Row", city = "Testville", state = "OH", postalCode = "432101234" } });
        var orgId = (string)org["id"]!;
        var provider = await biller.CreateAsync("/api/providers", new { organizationId = orgId, lastName = "Prov" + side, firstName = "Tess", npi = ApiSeed.NpiFor(digit + "1" + unique[1..]), taxonomy = "208000000X" });
        var facility = await biller.CreateAsync("/api/facilities", new { organizationId = orgId, name = $"Clinic {side} {tag}", placeOfService = "11", address = ApiClient.Address() });
        var lastName = $"Zed{side}{tag}";
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = orgId, accountNumber = "S" + unique, lastName, firstName = "Pat", birthDate = "1975-06-07", sex = "Female", address = ApiClient.Address() });
        var patientId = (string)patient["id"]!;
        var memberId = $"MBR{side}{unique}";
        var coverage = await biller.CreateAsync("/api/coverages", new { patientId, payerId, order = "Primary", memberId, relationship = "Self", effectiveFrom = "2026-01-01" });
        var encounter = await coder.CreateAsync("/api/encounters", new
        {
            patientId,
            kind = "Professional",
            serviceFrom = "2026-05-04",
            placeOfService = "11",
            renderingProviderId = (string)provider["id"]!,
            diagnoses = new[] { new { code = "J06.9" } },
            charges = new object[] { new { procedureCode = "99213", units = 1, charge = 100.00m, diagnosisPointers = new[] { 1 } } },
        });
        var encounterId = (string)encounter["id"]!;
        var note = $"Note of side {side} {tag}: sore throat for three days.";
        var document = await coder.CreateAsync($"/api/encounters/{encounterId}/documents", new { title = "Visit note", text = note });
        var claim = await biller.CreateAsync("/api/claims", new { encounterId });
        return new Side(orgId, (string)provider["id"]!, (string)facility["id"]!, patientId, (string)coverage["id"]!, encounterId,
            (string)document["id"]!, (string)claim["id"]!, lastName, memberId, note);
    }

    /// <summary>The JSON text of a response body (empty when none).</summary>
    public static string Text(JsonNode? body) => body?.ToJsonString() ?? "";
}
