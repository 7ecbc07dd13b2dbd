using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Records;

/// <summary>
/// Stores a <see cref="RecordBatch"/> for one organization, idempotently: each record is looked
/// up by its source identifiers (<see cref="SourceIdentifier"/>), then by its natural key
/// (patients by account number, providers by NPI, payers by payer id, coverage by patient, payer
/// and member id); a match is updated, anything else is added with its identifiers. Importing the
/// same bundle or message twice therefore changes nothing the second time. Saves once.
/// </summary>
public static class RecordImporter
{
    /// <summary>Imports <paramref name="batch"/> into <paramref name="organizationId"/>.</summary>
    public static async Task<RecordImportSummary> ImportAsync(ClaimsmithDbContext db, Guid organizationId, RecordBatch batch, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var state = new State(db, organizationId, now);
        await state.LoadKeysAsync(batch, cancellationToken).ConfigureAwait(false);

        foreach (var item in batch.Payers)
        {
            var payer = item.Record;
            var existing = state.Local<Payer>(p => p.PayerIdentifier == payer.PayerIdentifier)
                ?? await db.Payers.FirstOrDefaultAsync(p => p.PayerIdentifier == payer.PayerIdentifier, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                db.Payers.Add(payer);
                state.Created++;
                state.Map[payer.Id] = payer.Id;
            }
            else
            {
                state.Map[payer.Id] = existing.Id;
            }
        }

        foreach (var item in batch.Providers)
        {
            var provider = item.Record;
            var id = state.Find("Provider", item.Keys);
            if (id is null)
            {
                var npi = provider.Npi;
                var existing = state.Local<Provider>(p => p.Npi == npi)
                    ?? await db.Providers.FirstOrDefaultAsync(p => p.Npi == npi && (p.OrganizationId == organizationId || p.OrganizationId == null), cancellationToken).ConfigureAwait(false);
                id = existing?.Id;
            }

            if (id is null)
            {
                provider.OrganizationId = organizationId;
                db.Providers.Add(provider);
                state.Created++;
                id = provider.Id;
            }
            else
            {
                state.Matched++;
            }

            state.Map[provider.Id] = id.Value;
            state.Remember("Provider", item.Keys, id.Value);
        }

        var patients = new List<Guid>();
        foreach (var item in batch.Patients)
        {
            var incoming = item.Record;
            var id = state.Find("Patient", item.Keys);
            Patient? existing = null;
            if (id is { } found)
            {
                existing = state.Local<Patient>(p => p.Id == found) ?? await db.Patients.FirstOrDefaultAsync(p => p.Id == found, cancellationToken).ConfigureAwait(false);
            }

            existing ??= state.Local<Patient>(p => p.OrganizationId == organizationId && p.AccountNumber == incoming.AccountNumber)
                ?? await db.Patients.FirstOrDefaultAsync(p => p.OrganizationId == organizationId && p.AccountNumber == incoming.AccountNumber, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                incoming.OrganizationId = organizationId;
                db.Patients.Add(incoming);
                state.Created++;
                existing = incoming;
            }
            else
            {
                // ADT^A08 and re-sent bundles carry the current demographics: they win.
                state.Matched++;
                if (batch.UpdatesDemographics && (existing.LastName != incoming.LastName || existing.FirstName != incoming.FirstName || existing.MiddleName != incoming.MiddleName ||
                    existing.BirthDate != incoming.BirthDate || existing.Sex != incoming.Sex || existing.Address != incoming.Address || existing.Phone != incoming.Phone))
                {
                    existing.LastName = incoming.LastName;
                    existing.FirstName = incoming.FirstName;
                    existing.MiddleName = incoming.MiddleName;
                    existing.BirthDate = incoming.BirthDate;
                    existing.Sex = incoming.Sex;
                    existing.Address = incoming.Address;
                    existing.Phone = incoming.Phone ?? existing.Phone;
                }
            }

            state.Map[incoming.Id] = existing.Id;
            state.Remember("Patient", item.Keys, existing.Id);
            patients.Add(existing.Id);
        }

        var coverages = 0;
        foreach (var item in batch.Coverages)
        {
            var incoming = item.Record;
            if (!state.Map.TryGetValue(incoming.PatientId, out var patientId) || !state.Map.TryGetValue(incoming.PayerId, out var payerId))
            {
                continue;
            }

            // The member id is encrypted at rest: the patient's few coverages are compared in memory.
            var all = await db.Coverages.Where(c => c.PatientId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
            all.AddRange(db.ChangeTracker.Entries<Coverage>().Where(e => e.State == EntityState.Added && e.Entity.PatientId == patientId).Select(e => e.Entity));
            var existing = all.FirstOrDefault(c => c.PayerId == payerId && c.MemberId == incoming.MemberId);
            if (existing is null)
            {
                incoming.PatientId = patientId;
                incoming.PayerId = payerId;
                db.Coverages.Add(incoming);
                state.Created++;
                coverages++;
            }
            else
            {
                state.Matched++;
                existing.GroupNumber = incoming.GroupNumber ?? existing.GroupNumber;
                existing.PlanName = incoming.PlanName ?? existing.PlanName;
                existing.Order = incoming.Order;
                existing.EffectiveTo = incoming.EffectiveTo ?? existing.EffectiveTo;
            }
        }

        var encounters = 0;
        foreach (var item in batch.Encounters)
        {
            var incoming = item.Record;
            if (!state.Map.TryGetValue(incoming.PatientId, out var patientId))
            {
                continue;
            }

            var id = state.Find("Encounter", item.Keys);
            if (id is null)
            {
                incoming.OrganizationId = organizationId;
                incoming.PatientId = patientId;
                incoming.RenderingProviderId = MapOptional(state, incoming.RenderingProviderId);
                incoming.AttendingProviderId = MapOptional(state, incoming.AttendingProviderId);
                incoming.ReferringProviderId = MapOptional(state, incoming.ReferringProviderId);
                db.Encounters.Add(incoming);
                state.Created++;
                encounters++;
                id = incoming.Id;
            }
            else
            {
                // An encounter already imported may carry coding and charges since: only a later discharge is taken.
                state.Matched++;
                if (incoming.DischargeDate is not null)
                {
                    var found = id.Value;
                    var existing = state.Local<Encounter>(e => e.Id == found) ?? await db.Encounters.FirstOrDefaultAsync(e => e.Id == found, cancellationToken).ConfigureAwait(false);
                    if (existing is not null && existing.DischargeDate != incoming.DischargeDate)
                    {
                        existing.DischargeDate = incoming.DischargeDate;
                        existing.ServiceTo = incoming.ServiceTo > existing.ServiceTo ? incoming.ServiceTo : existing.ServiceTo;
                    }
                }
            }

            state.Map[incoming.Id] = id.Value;
            state.Remember("Encounter", item.Keys, id.Value);
        }

        var documents = 0;
        foreach (var item in batch.Documents)
        {
            var incoming = item.Record;
            if (!state.Map.TryGetValue(incoming.EncounterId, out var encounterId))
            {
                continue;
            }

            var id = state.Find("ClinicalDocument", item.Keys);
            if (id is null)
            {
                incoming.EncounterId = encounterId;
                db.ClinicalDocuments.Add(incoming);
                state.Created++;
                documents++;
                id = incoming.Id;
            }
            else
            {
                state.Matched++;
            }

            state.Remember("ClinicalDocument", item.Keys, id.Value);
        }

        var observations = 0;
        foreach (var item in batch.Observations)
        {
            var incoming = item.Record;
            if (!state.Map.TryGetValue(incoming.PatientId, out var patientId))
            {
                continue;
            }

            var encounterId = MapOptional(state, incoming.EncounterId);
            var id = state.Find("ClinicalObservation", item.Keys);
            if (id is null)
            {
                incoming.OrganizationId = organizationId;
                incoming.PatientId = patientId;
                incoming.EncounterId = encounterId;
                db.ClinicalObservations.Add(incoming);
                state.Created++;
                observations++;
                id = incoming.Id;
            }
            else
            {
                // A corrected result (OBX-11 C, FHIR status amended) replaces the value.
                state.Matched++;
                var found = id.Value;
                var existing = state.Local<ClinicalObservation>(o => o.Id == found) ?? await db.ClinicalObservations.FirstOrDefaultAsync(o => o.Id == found, cancellationToken).ConfigureAwait(false);
                if (existing is not null && (existing.Value != incoming.Value || existing.Impression != incoming.Impression || existing.Interpretation != incoming.Interpretation || existing.Status != incoming.Status))
                {
                    existing.Value = incoming.Value;
                    existing.Impression = incoming.Impression;
                    existing.Interpretation = incoming.Interpretation;
                    existing.Status = incoming.Status;
                    existing.Unit = incoming.Unit;
                    existing.ReferenceRange = incoming.ReferenceRange;
                }
            }

            state.Remember("ClinicalObservation", item.Keys, id.Value);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new RecordImportSummary
        {
            Created = state.Created,
            Matched = state.Matched,
            Patients = batch.Patients.Count,
            Encounters = encounters,
            Documents = documents,
            Observations = observations,
            Coverages = coverages,
            PatientIds = [.. patients.Distinct()],
        };
    }

    private static Guid? MapOptional(State state, Guid? id) => id is { } v && state.Map.TryGetValue(v, out var mapped) ? mapped : null;

    private sealed class State(ClaimsmithDbContext db, Guid organizationId, DateTimeOffset now)
    {
        private readonly Dictionary<(string Type, string System, string Value), Guid> _known = [];

        public Dictionary<Guid, Guid> Map { get; } = [];

        public int Created { get; set; }

        public int Matched { get; set; }

        public async Task LoadKeysAsync(RecordBatch batch, CancellationToken cancellationToken)
        {
            var values = batch.Providers.SelectMany(r => r.Keys).Concat(batch.Patients.SelectMany(r => r.Keys))
                .Concat(batch.Encounters.SelectMany(r => r.Keys)).Concat(batch.Documents.SelectMany(r => r.Keys))
                .Concat(batch.Observations.SelectMany(r => r.Keys)).Select(k => k.Value).Distinct().ToList();
            // In chunks: a Synthea bundle has thousands of keys, and providers bound parameter counts.
            foreach (var chunk in values.Chunk(500))
            {
                var rows = await db.SourceIdentifiers.AsNoTracking()
                    .Where(s => s.OrganizationId == organizationId && chunk.Contains(s.Value))
                    .Select(s => new { s.RecordType, s.System, s.Value, s.RecordId })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    _known[(row.RecordType, row.System, row.Value)] = row.RecordId;
                }
            }
        }

        public Guid? Find(string type, IReadOnlyList<SourceKey> keys)
        {
            foreach (var key in keys)
            {
                if (_known.TryGetValue((type, key.System, key.Value), out var id))
                {
                    return id;
                }
            }

            return null;
        }

        public void Remember(string type, IReadOnlyList<SourceKey> keys, Guid recordId)
        {
            foreach (var key in keys)
            {
                if (_known.TryAdd((type, key.System, key.Value), recordId))
                {
                    db.SourceIdentifiers.Add(new SourceIdentifier
                    {
                        OrganizationId = organizationId,
                        RecordType = type,
                        System = key.System.Length > 300 ? key.System[..300] : key.System,
                        Value = key.Value.Length > 300 ? key.Value[..300] : key.Value,
                        RecordId = recordId,
                        CreatedAt = now,
                    });
                }
            }
        }

        public T? Local<T>(Func<T, bool> predicate)
            where T : class => db.ChangeTracker.Entries<T>().Select(e => e.Entity).FirstOrDefault(predicate);
    }
}
