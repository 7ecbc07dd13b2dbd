using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Claims;
using Claimsmith.Web.Common;
using Claimsmith.Web.Workbench.Coding;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Workbench;

/// <summary>
/// Scrubs the coding screen's draft before anything is saved: the encounter with the draft's
/// diagnoses and charges is built into a claim in memory (the same <see cref="ClaimBuilder"/> the
/// claims API uses, without taking a claim number) and run through <see cref="ClaimScrubService"/>,
/// so the coder sees the findings the biller will see.
/// </summary>
internal sealed class WorkbenchDraftScrub(ClaimsmithDbContext db, ClaimScrubService scrubber, TimeProvider clock)
{
    /// <summary>The findings, or null when no code-set snapshot exists.</summary>
    public async Task<DraftScrubResult?> ScrubAsync(Encounter stored, DraftCoding draft, CancellationToken ct)
    {
        var v = new Validation();
        var encounter = Apply(stored, draft, v, await FeesForAsync(db, stored, draft.Charges, ct));
        var coverages = await db.Coverages.AsNoTracking().Where(c => c.PatientId == encounter.PatientId).OrderBy(c => c.Order).ToListAsync(ct);
        var coverage = coverages.FirstOrDefault(c => c.IsActiveOn(encounter.ServiceFrom));
        var issues = v.Errors.Select(kv => new DraftIssue(kv.Key, string.Join(" ", kv.Value))).ToList();
        if (coverage is null)
        {
            issues.Add(new DraftIssue("coverage", $"The patient has no coverage in effect on {encounter.ServiceFrom:yyyy-MM-dd}: add one on the patient's page before billing."));
            return new DraftScrubResult([], issues);
        }

        var payerIds = coverages.Select(c => c.PayerId).Distinct().ToList();
        var payers = await db.Payers.AsNoTracking().Where(p => payerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var providerIds = new[] { encounter.RenderingProviderId, encounter.AttendingProviderId, encounter.ReferringProviderId }.OfType<Guid>().ToList();
        var built = ClaimBuilder.Build(new ClaimBuildRequest
        {
            Encounter = encounter,
            Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == encounter.PatientId, ct),
            Coverage = coverage,
            Payer = payers[coverage.PayerId],
            Organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == encounter.OrganizationId, ct),
            Providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct),
            Facility = encounter.FacilityId is { } fid ? await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fid, ct) : null,
            OtherCoverages = coverages.Where(c => c.Id != coverage.Id && payers.ContainsKey(c.PayerId)).Select(c => (c, payers[c.PayerId])).ToList(),
            ClaimNumber = "DRAFT-" + encounter.Id.ToString("N")[..8],
            Actor = "draft",
        }, clock);
        issues.AddRange(built.Issues.Select(i => new DraftIssue(i.Location, i.Message)));
        if (built.Claim is not { } claim)
        {
            return new DraftScrubResult([], issues);
        }

        issues.AddRange(ClaimValidator.Validate(claim).Select(i => new DraftIssue(i.Location, i.Message)));
        var reports = await scrubber.ScrubAsync(db, [claim], ct);
        return reports is null ? null : new DraftScrubResult(reports[0].Findings, issues);
    }

    /// <summary>
    /// The fee schedule rows of the encounter's organization for the draft's codes in effect on
    /// its date of service (one query; the schedule prices the draft's charge lines).
    /// </summary>
    public static async Task<FeeSchedule> FeesForAsync(ClaimsmithDbContext db, Encounter encounter, IEnumerable<DraftCharge>? charges, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(encounter);
        var codes = (charges ?? []).Select(c => ProcedureCode.TryParse(c.Code, out var code) ? code : (ProcedureCode?)null).OfType<ProcedureCode>().Distinct().ToList();
        if (codes.Count == 0)
        {
            return FeeSchedule.Empty;
        }

        var date = encounter.ServiceFrom;
        var rows = await db.FeeScheduleEntries.AsNoTracking()
            .Where(f => f.OrganizationId == encounter.OrganizationId && codes.Contains(f.ProcedureCode) && f.EffectiveFrom <= date && (f.EffectiveTo == null || f.EffectiveTo >= date))
            .ToListAsync(ct);
        return new FeeSchedule(rows);
    }

    /// <summary>
    /// A copy of the encounter with the draft's diagnoses (in order) and charges; every charge
    /// points to the first four diagnoses (CMS-1500 24E). Malformed codes are reported, not thrown.
    /// A charge line whose code <paramref name="fees"/> lists for the date of service takes the
    /// schedule's amount times its units; its index is added to <paramref name="priced"/>.
    /// </summary>
    public static Encounter Apply(Encounter stored, DraftCoding draft, Validation v, FeeSchedule? fees = null, List<int>? priced = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(draft);
        var e = new Encounter
        {
            Id = stored.Id,
            OrganizationId = stored.OrganizationId,
            PatientId = stored.PatientId,
            FacilityId = stored.FacilityId,
            Kind = stored.Kind,
            ServiceFrom = stored.ServiceFrom,
            ServiceTo = stored.ServiceTo,
            PlaceOfService = stored.PlaceOfService,
            RenderingProviderId = stored.RenderingProviderId,
            AttendingProviderId = stored.AttendingProviderId,
            ReferringProviderId = stored.ReferringProviderId,
            PriorAuthorization = stored.PriorAuthorization,
            FacilityTypeCode = stored.FacilityTypeCode,
            AdmissionDate = stored.AdmissionDate,
            AdmissionHour = stored.AdmissionHour,
            AdmissionType = stored.AdmissionType,
            AdmissionSource = stored.AdmissionSource,
            DischargeDate = stored.DischargeDate,
            DischargeHour = stored.DischargeHour,
            PatientStatus = stored.PatientStatus,
            Version = stored.Version,
        };
        var diagnoses = draft.Diagnoses ?? [];
        if (diagnoses.Length > 12)
        {
            v.Add("diagnoses", "At most 12 diagnoses fit a professional claim (CMS-1500 21A-L).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < diagnoses.Length; i++)
        {
            if (!DiagnosisCode.TryParse(diagnoses[i], out var code))
            {
                v.Add($"diagnoses[{i}]", $"'{diagnoses[i]}' is not shaped like an ICD-10-CM code.");
                continue;
            }

            if (seen.Add(code.Value))
            {
                e.AddDiagnosis(code);
            }
        }

        var pointers = Enumerable.Range(1, Math.Min(4, e.Diagnoses.Count)).ToArray();
        var charges = draft.Charges ?? [];
        for (var i = 0; i < charges.Length; i++)
        {
            var c = charges[i];
            var line = new ChargeLine { Units = c.Units ?? 1m, ServiceFrom = e.ServiceFrom };
            if (!string.IsNullOrWhiteSpace(c.Code))
            {
                line.ProcedureCode = v.Code<ProcedureCode>($"charges[{i}].code", c.Code.Trim(), ProcedureCode.TryParse, "CPT/HCPCS code");
            }
            else if (e.Kind == ClaimKind.Professional)
            {
                v.Add($"charges[{i}].code", "A professional charge needs a CPT/HCPCS code.");
            }

            if (!string.IsNullOrWhiteSpace(c.RevenueCode))
            {
                line.RevenueCode = v.Code<RevenueCode>($"charges[{i}].revenueCode", c.RevenueCode.Trim(), RevenueCode.TryParse, "revenue code");
            }
            else if (e.Kind == ClaimKind.Institutional)
            {
                v.Add($"charges[{i}].revenueCode", "An institutional charge needs a revenue code.");
            }

            if (line.Units <= 0m || line.Units > 9999m)
            {
                v.Add($"charges[{i}].units", "Units must be above 0 and at most 9999.");
            }

            var modifiers = (c.Modifiers ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Take(4)
                .Select((m, j) => v.Code<Modifier>($"charges[{i}].modifiers[{j}]", m.Trim(), Modifier.TryParse, "modifier")).ToArray();
            line.SetModifiers(modifiers);

            // The practice's fee schedule sets the charge of a code it lists for the date of
            // service (its usual charge, billed to every payer alike); other codes keep the amount entered.
            if (line.ProcedureCode is { } procedure && line.Units > 0m && (fees ?? FeeSchedule.Empty).Price(procedure, modifiers.Length > 0 ? modifiers[0] : null, line.Units, e.ServiceFrom) is { } scheduled)
            {
                line.Charge = scheduled;
                priced?.Add(i);
            }
            else if (c.Charge is not { } amount || amount < 0m || decimal.Round(amount, 2) != amount)
            {
                v.Add($"charges[{i}].charge", "A non-negative amount with at most two decimals (the fee schedule under Settings has no charge for this code on the date of service).");
            }
            else
            {
                line.Charge = Billing.Money.Of(amount);
            }
            line.SetPointers(pointers);
            e.AddCharge(line);
        }

        return e;
    }
}

/// <summary>Scrubber findings of a draft and the problems that keep it from becoming a claim.</summary>
internal sealed record DraftScrubResult(IReadOnlyList<ScrubFinding> Findings, IReadOnlyList<DraftIssue> Issues);

/// <summary>A problem of the draft itself (a malformed code, no coverage, nothing to bill).</summary>
internal sealed record DraftIssue(string Field, string Message);
