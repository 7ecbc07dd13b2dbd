using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Records;
using Claimsmith.Interop;
using Claimsmith.Interop.Fhir;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using F = Hl7.Fhir.Model;

namespace Claimsmith.Web.Fhir;

/// <summary>
/// FHIR R4 in and out: <c>POST /fhir/Bundle?organization=</c> imports a bundle into the
/// organization's patients, coverage, encounters, documents and observations (idempotently);
/// <c>GET /fhir/Claim/{id}</c> and <c>GET /fhir/ExplanationOfBenefit?patient=</c> export.
/// Organization scoping comes from the query filters: another organization's records are 404.
/// </summary>
internal static class FhirApi
{
    private const string FhirJsonType = "application/fhir+json";

    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").WithTags("FHIR");
        fhir.MapPost("/Bundle", ImportBundle).Audited("Patient", "fhir-bundle").RequireAuthorization(Policies.Registration)
            .WithSummary("Import a FHIR R4 Bundle (Patient, Coverage, Practitioner, Encounter, Condition, Procedure, MedicationAdministration, Observation, DiagnosticReport, DocumentReference, Composition)");
        fhir.MapGet("/Claim/{id:guid}", GetClaim).Audited("Claim", "fhir-claim").RequireAuthorization(Policies.BillingRead)
            .WithSummary("A claim as a FHIR R4 Claim");
        fhir.MapGet("/ExplanationOfBenefit", SearchExplanationOfBenefit).Audited("Patient", "fhir-eob").RequireAuthorization(Policies.BillingRead)
            .WithSummary("A patient's adjudicated claims as FHIR R4 ExplanationOfBenefit resources in a searchset Bundle");
        return app;
    }

    /// <summary>The outcome of a bundle import.</summary>
    internal sealed record FhirImportResponse(int Resources, int Created, int Matched, IReadOnlyList<InteropIssue> Issues);

    internal static async Task<Results<Ok<FhirImportResponse>, ValidationProblem, NotFound>> ImportBundle(
        HttpRequest request, Guid? organization, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (organization is not { } orgId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["organization"] = ["Required: the organization the records belong to."] });
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            return TypedResults.NotFound();
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var result = FhirBundleReader.Read(bytes, clock.GetUtcNow());
        if (result.ResourceCount == 0 && !result.IsValid)
        {
            return TypedResults.ValidationProblem(
                result.Issues.GroupBy(i => i.Location).ToDictionary(g => g.Key, g => g.Select(i => $"{i.Code}: {i.Message}").ToArray()),
                title: "The body is not a FHIR R4 Bundle");
        }

        var summary = await RecordImporter.ImportAsync(db, orgId, result.Records, clock, ct);
        // Kept for review like HL7 messages: what arrived and what was wrong with it.
        db.InboundMessages.Add(new InboundMessage
        {
            OrganizationId = orgId,
            Format = InboundFormat.FhirBundle,
            MessageType = "Bundle",
            ControlId = result.BundleId,
            Outcome = result.IsValid ? InboundOutcome.Accepted : InboundOutcome.Error,
            Error = result.IsValid ? null : string.Join("\n", result.Issues.Where(i => i.IsError)),
            Content = System.Text.Encoding.UTF8.GetString(bytes),
            ReceivedAt = clock.GetUtcNow(),
            Origin = "api",
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new FhirImportResponse(result.ResourceCount, summary.Created, summary.Matched, result.Issues));
    }

    internal static async Task<Results<ContentHttpResult, NotFound>> GetClaim(Guid id, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Content(FhirJson.Serialize(FhirExporter.ToClaim(claim, clock.GetUtcNow())), FhirJsonType);
    }

    internal static async Task<Results<ContentHttpResult, ValidationProblem>> SearchExplanationOfBenefit(Guid? patient, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (patient is not { } patientId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["patient"] = ["Required: the patient id."] });
        }

        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses)
            .Where(c => c.PatientId == patientId && c.Status != ClaimStatus.Draft && c.Status != ClaimStatus.Ready)
            .OrderBy(c => c.ServiceFrom).Take(500).ToListAsync(ct);
        var ids = claims.Select(c => c.Id).ToList();
        // What the payer said: the claim payments of posted 835s (reversed ones are not in force).
        var adjudications = (await db.ClaimAdjudications.AsNoTracking().AsSplitQuery().Include(a => a.Lines).Include(a => a.Adjustments)
            .Where(a => a.ClaimId != null && ids.Contains(a.ClaimId.Value) && a.State == AdjudicationState.Posted)
            .ToListAsync(ct)).ToLookup(a => a.ClaimId!.Value);
        var bundle = new F.Bundle { Type = F.Bundle.BundleType.Searchset };
        foreach (var claim in claims)
        {
            if (StoredAdjudication.InForce(adjudications[claim.Id]) is { } adjudication)
            {
                var eob = FhirExporter.ToExplanationOfBenefit(claim, StoredAdjudication.ToPayment(adjudication), clock.GetUtcNow());
                // MOA/MIA remark codes apply to the whole claim (the line ones are on the items).
                foreach (var remark in adjudication.Remarks)
                {
                    eob.ProcessNote.Add(new F.ExplanationOfBenefit.NoteComponent { Number = eob.ProcessNote.Count + 1, Type = F.NoteType.Display, Text = "RARC " + remark });
                }

                bundle.Entry.Add(new F.Bundle.EntryComponent { FullUrl = "urn:uuid:" + claim.Id, Resource = eob, Search = new F.Bundle.SearchComponent { Mode = F.Bundle.SearchEntryMode.Match } });
            }
        }

        bundle.Total = bundle.Entry.Count;
        return TypedResults.Content(FhirJson.Serialize(bundle), FhirJsonType);
    }
}
