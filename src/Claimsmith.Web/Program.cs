using Claimsmith.Web.Account;
using Claimsmith.Web.Acknowledgements;
using Claimsmith.Web.Appeals;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Claims;
using Claimsmith.Web.CodeSets;
using Claimsmith.Web.Coding;
using Claimsmith.Web.Coverages;
using Claimsmith.Web.Denials;
using Claimsmith.Web.Eligibility;
using Claimsmith.Web.Encounters;
using Claimsmith.Web.Facilities;
using Claimsmith.Web.Fhir;
using Claimsmith.Web.Freelance;
using Claimsmith.Web.Hosting;
using Claimsmith.Web.Jobs;
using Claimsmith.Web.Organizations;
using Claimsmith.Web.Patients;
using Claimsmith.Web.Payers;
using Claimsmith.Web.Providers;
using Claimsmith.Web.Remittance;
using Claimsmith.Web.Reports;
using Claimsmith.Web.Security;
using Claimsmith.Web.Settings;
using Claimsmith.Web.Statements;
using Claimsmith.Web.Workbench;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOpenApi();
builder.Services.AddProblemDetails();
builder.Services.AddCodeSets();
builder.Services.AddClaimScrubbing();
builder.Services.AddCoding();
builder.Services.AddClearinghouse(builder.Configuration); // file-drop 270/837 connection when configured (Eligibility/EligibilityApi.cs)
builder.AddClaimsmith(); // database, Identity, authorization (Hosting/ClaimsmithWebSetup.cs)
builder.AddClaimsmithAccess(); // organization scope, sign-in hardening, audit (Security/AccessSetup.cs)
builder.AddSecurityHardening(); // headers, HTTPS/HSTS, body limit, safe problems (Hosting/SecurityHardening.cs)
builder.Services.AddWorkbench(); // the web workbench: Razor components (Workbench/WorkbenchSetup.cs)
builder.Services.AddRemittanceJobs(); // 835 uploads posted in the background (Remittance/RemittanceUploadsApi.cs)
builder.Services.AddWorkbenchJobs(); // background jobs: posting, batch scrub, batch coding (Jobs/JobsApi.cs)

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHardening();
app.UseAuthentication();
app.UseClaimsmithAccess(); // revoked tokens, organization scope, sign-in throttling and audit
app.UseWorkbench(); // working organization, sign-in redirect for pages, static files
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();

app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }))
    .WithName("Health")
    .WithTags("Health")
    .AllowAnonymous();

// Feature areas register here, one line each.
app.MapCodeSetsApi();
app.MapAccountApi();
app.MapOrganizationsApi();
app.MapPayersApi();
app.MapProvidersApi();
app.MapFacilitiesApi();
app.MapPatientsApi();
app.MapCoveragesApi();
app.MapEncountersApi();
app.MapClaimsApi();
app.MapClaimBatchesApi();
app.MapClaimScrubApi();
app.MapCodingApi();
app.MapAccessApi();
app.MapAuditApi();
app.MapFreelanceApi();
app.MapWorkbench(); // workbench pages and their form posts
app.MapFhirApi(); // FHIR R4 import and export (Fhir/FhirApi.cs)
app.MapEvidenceApi(); // lab values and imaging impressions beside the note (Coding/EvidenceApi.cs)
app.MapRemittanceApi();
app.MapRemittanceUploadsApi(); // workbench upload, preview and background posting of 835 files
app.MapJobsApi(); // background jobs: list, progress, cancel; batch scrub and batch coding starts (Jobs/JobsApi.cs)
app.MapDenialsApi();
app.MapAcknowledgementsApi();
app.MapEligibilityApi();
app.MapClaimCoordinationApi();
app.MapReportsApi();
app.MapStatementsApi();
app.MapAppealsApi();
app.MapAppealDetailsApi(); // the biller completes an appeal letter before filing (Appeals/AppealDetailsApi.cs)
app.MapSettingsApi(); // fee schedule, payer contract rates, payer rules (Settings/SettingsApi.cs)

await app.MigrateClaimsmithDatabaseAsync();

await app.RunAsync();

/// <summary>The web host's entry point (public so tests can use <c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
