using System.Text.Json;
using Claimsmith.Billing;
using Claimsmith.Privacy.Deidentification;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Privacy;

/// <summary>
/// Writes a de-identified copy of the patients and their encounters (codes, charges, note text)
/// for analytics and model training, by the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)):
/// <c>patients.jsonl</c>, <c>encounters.jsonl</c> and <c>deid-report.json</c> (what was removed
/// or generalised, by identifier type).
/// </summary>
/// <remarks>
/// Records get fresh random ids for this export only (164.514(c): a re-identification code must
/// not be derived from information about the individual), so two exports cannot be joined.
/// Kept: sex, state, ZIP3 (000 for the low-population prefixes), birth year (none from age 90),
/// age at service (90+), service years, place of service, ICD-10/CPT/HCPCS codes with modifiers,
/// units and charges, and the scrubbed note text. Dropped: names, street, city, full ZIP,
/// phone, account and member numbers, provider and facility ids, prior authorisation numbers,
/// every full date. Files are written under temporary names and renamed when complete.
/// </remarks>
public static class DeidentifiedExport
{
    /// <summary>The file names the export writes.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["patients.jsonl", "encounters.jsonl", "deid-report.json"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// Exports every patient (of <paramref name="organizationId"/> when given) into
    /// <paramref name="outDirectory"/>, which is created when missing.
    /// </summary>
    public static async Task<DeidentificationReport> RunAsync(ClaimsmithDbContext db, string outDirectory, TimeProvider clock, Guid? organizationId = null, int batchSize = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);
        ArgumentNullException.ThrowIfNull(clock);
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scrubber = new NoteScrubber(asOf);
        var report = new DeidentificationReport();
        Directory.CreateDirectory(outDirectory);
        var suffix = "." + Guid.NewGuid().ToString("N")[..8] + ".partial";
        var patientsPath = Path.Combine(outDirectory, FileNames[0]);
        var encountersPath = Path.Combine(outDirectory, FileNames[1]);
        var reportPath = Path.Combine(outDirectory, FileNames[2]);
        try
        {
            await using (var patientsOut = new StreamWriter(patientsPath + suffix))
            await using (var encountersOut = new StreamWriter(encountersPath + suffix))
            {
                Guid? after = null;
                while (true)
                {
                    var query = db.Patients.AsNoTracking();
                    if (organizationId is { } org)
                    {
                        query = query.Where(p => p.OrganizationId == org);
                    }

                    if (after is { } last)
                    {
                        query = query.Where(p => p.Id.CompareTo(last) > 0);
                    }

                    var patients = await query.OrderBy(p => p.Id).Take(batchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
                    if (patients.Count == 0)
                    {
                        break;
                    }

                    after = patients[^1].Id;
                    var ids = patients.Select(p => p.Id).ToList();
                    var coverages = (await db.Coverages.AsNoTracking().Where(c => ids.Contains(c.PatientId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.PatientId);
                    var encounters = (await db.Encounters.AsNoTracking().Include(e => e.Diagnoses).Include(e => e.Charges).Include(e => e.Documents)
                        .Where(e => ids.Contains(e.PatientId)).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(e => e.PatientId);
                    foreach (var patient in patients)
                    {
                        var pseudonym = Guid.NewGuid().ToString("N");
                        var known = Known(patient, coverages[patient.Id]);
                        await patientsOut.WriteLineAsync(JsonSerializer.Serialize(PatientRecord(patient, pseudonym, asOf, report), Json)).ConfigureAwait(false);
                        report.Records++;
                        foreach (var encounter in encounters[patient.Id].OrderBy(e => e.ServiceFrom))
                        {
                            var record = EncounterRecord(encounter, patient, pseudonym, known, scrubber, report);
                            await encountersOut.WriteLineAsync(JsonSerializer.Serialize(record, Json)).ConfigureAwait(false);
                            report.Records++;
                        }
                    }
                }
            }

            await File.WriteAllTextAsync(reportPath + suffix, JsonSerializer.Serialize(report.Summary, Indented), cancellationToken).ConfigureAwait(false);
            File.Move(patientsPath + suffix, patientsPath, overwrite: true);
            File.Move(encountersPath + suffix, encountersPath, overwrite: true);
            File.Move(reportPath + suffix, reportPath, overwrite: true);
            return report;
        }
        finally
        {
            foreach (var path in new[] { patientsPath, encountersPath, reportPath })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static KnownIdentifiers Known(Patient patient, IEnumerable<Coverage> coverages)
    {
        var known = new KnownIdentifiers()
            .AddName(patient.FirstName, patient.MiddleName, patient.LastName)
            .Add(patient.AccountNumber, SafeHarborIdentifier.AccountNumbers)
            .Add(patient.Phone, SafeHarborIdentifier.TelephoneNumbers)
            .Add(patient.Address.Line1, SafeHarborIdentifier.Geography)
            .Add(patient.Address.Line2, SafeHarborIdentifier.Geography)
            .Add(patient.Address.City, SafeHarborIdentifier.Geography);
        foreach (var coverage in coverages)
        {
            known.Add(coverage.MemberId, SafeHarborIdentifier.HealthPlanBeneficiaryNumbers);
            if (coverage.Subscriber is { } s)
            {
                known.AddName(s.FirstName, s.LastName).Add(s.Address?.Line1, SafeHarborIdentifier.Geography).Add(s.Address?.City, SafeHarborIdentifier.Geography);
            }
        }

        return known;
    }

    private static DeidentifiedPatient PatientRecord(Patient p, string pseudonym, DateOnly asOf, DeidentificationReport report)
    {
        // Fields dropped outright, counted so the report shows them.
        report.AddRemoved(SafeHarborIdentifier.Names, new[] { p.FirstName, p.MiddleName, p.LastName }.Count(v => !string.IsNullOrWhiteSpace(v)));
        report.AddRemoved(SafeHarborIdentifier.AccountNumbers);
        report.AddRemoved(SafeHarborIdentifier.Geography, new[] { p.Address.Line1, p.Address.Line2, p.Address.City }.Count(v => !string.IsNullOrWhiteSpace(v)));
        if (!string.IsNullOrWhiteSpace(p.Phone))
        {
            report.AddRemoved(SafeHarborIdentifier.TelephoneNumbers);
        }

        return new DeidentifiedPatient(
            pseudonym,
            p.Sex.ToString(),
            SafeHarbor.BirthYear(p.BirthDate, asOf, report),
            SafeHarbor.AgeGroup(p.BirthDate, asOf, report),
            string.IsNullOrWhiteSpace(p.Address.State) ? null : p.Address.State,
            SafeHarbor.Zip3(p.Address.PostalCode, report));
    }

    private static DeidentifiedEncounter EncounterRecord(Encounter e, Patient patient, string patientPseudonym, KnownIdentifiers known, NoteScrubber scrubber, DeidentificationReport report)
    {
        if (!string.IsNullOrWhiteSpace(e.PriorAuthorization))
        {
            report.AddRemoved(SafeHarborIdentifier.OtherUniqueIdentifiers);
        }

        var notes = e.Documents.OrderBy(d => d.CreatedAt).Select(d =>
        {
            report.Notes++;
            return new DeidentifiedNote(d.Kind, scrubber.Scrub(d.Title, known, report), scrubber.Scrub(d.Text, known, report));
        }).ToList();
        return new DeidentifiedEncounter(
            Guid.NewGuid().ToString("N"),
            patientPseudonym,
            e.Kind.ToString(),
            SafeHarbor.Year(e.ServiceFrom, report),
            SafeHarbor.AgeGroup(patient.BirthDate, e.ServiceFrom, report),
            e.PlaceOfService,
            e.FacilityTypeCode,
            e.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code.Value).ToList(),
            e.Charges.OrderBy(c => c.Sequence).Select(c => new DeidentifiedCharge(
                c.ProcedureCode?.Value, c.RevenueCode?.Value, [.. c.Modifiers().Select(m => m.Value)], c.Units, c.Charge.Amount)).ToList(),
            notes);
    }

    private sealed record DeidentifiedPatient(string Id, string Sex, int? BirthYear, string Age, string? State, string? Zip3);

    private sealed record DeidentifiedEncounter(string Id, string Patient, string Kind, int Year, string AgeAtService, string? PlaceOfService, string? FacilityType, List<string> Diagnoses, List<DeidentifiedCharge> Charges, List<DeidentifiedNote> Notes);

    private sealed record DeidentifiedCharge(string? Procedure, string? Revenue, List<string> Modifiers, decimal Units, decimal Charge);

    private sealed record DeidentifiedNote(string Kind, string Title, string Text);
}
