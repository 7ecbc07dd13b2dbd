using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Claimsmith.Billing;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using F = Hl7.Fhir.Model;

namespace Claimsmith.Interop.Fhir;

/// <summary>
/// Reads a FHIR R4 Bundle (JSON) into Claimsmith records: Patient, Coverage (with the payer
/// Organization), Practitioner, Encounter, Condition, Procedure, MedicationAdministration,
/// Observation, DiagnosticReport, DocumentReference and Composition. Each entry is read on its
/// own, so one broken or unknown resource is reported (with its entry index) and the rest are
/// imported. References resolve by <c>fullUrl</c> (Synthea's <c>urn:uuid:</c>) or <c>Type/id</c>.
/// Codes keep their system; SNOMED CT and LOINC findings become evidence, not charges.
/// </summary>
public static partial class FhirBundleReader
{
    /// <summary>Largest bundle accepted.</summary>
    public const int MaxBundleBytes = 256 * 1024 * 1024;

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        "Patient", "Coverage", "Organization", "Practitioner", "Encounter", "Condition", "Procedure",
        "MedicationAdministration", "Observation", "DiagnosticReport", "DocumentReference", "Composition",
    };

    // Identifiers that are PHI in their own right (SSN, driver's licence, passport) are never kept as lookup keys.
    private static readonly string[] SensitiveSystems = ["http://hl7.org/fhir/sid/us-ssn", "urn:oid:2.16.840.1.113883.4.3", "passport"];

    /// <summary>Reads a bundle from UTF-8 JSON. Never throws on bad input; <paramref name="importedAt"/> stamps the records.</summary>
    public static FhirImportResult Read(ReadOnlySpan<byte> json, DateTimeOffset importedAt)
    {
        var issues = new List<InteropIssue>();
        var batch = new RecordBatch();
        if (json.Length > MaxBundleBytes)
        {
            issues.Add(new("fhir.too-large", "bundle", $"The bundle is {json.Length} bytes; at most {MaxBundleBytes} are accepted."));
            return new(batch, issues, 0, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            issues.Add(new("fhir.json.invalid", $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}", "Not valid JSON: " + e.Message.Split(" Path:")[0]));
            return new(batch, issues, 0, null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var rt) || rt.ValueKind != JsonValueKind.String)
            {
                issues.Add(new("fhir.resource-type.missing", "$", "The document is not a FHIR resource (no resourceType)."));
                return new(batch, issues, 0, null);
            }

            if (rt.GetString() != "Bundle")
            {
                issues.Add(new("fhir.bundle.expected", "$.resourceType", $"Expected a Bundle, found '{rt.GetString()}'."));
                return new(batch, issues, 0, null);
            }

            var bundleId = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            var entries = new List<(int Index, string? FullUrl, Resource Resource)>();
            var count = 0;
            if (root.TryGetProperty("entry", out var entryArray) && entryArray.ValueKind == JsonValueKind.Array)
            {
                var index = -1;
                foreach (var entry in entryArray.EnumerateArray())
                {
                    index++;
                    var at = $"entry[{index}]";
                    if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("resource", out var resourceElement) || resourceElement.ValueKind != JsonValueKind.Object)
                    {
                        issues.Add(InteropIssue.Warning("fhir.entry.empty", at, "The entry has no resource."));
                        continue;
                    }

                    count++;
                    var type = resourceElement.TryGetProperty("resourceType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                    if (type is null || !ModelInfo.IsKnownResource(type))
                    {
                        issues.Add(new("fhir.resource-type.unknown", at + ".resource", $"'{type}' is not a FHIR R4 resource type; entry skipped."));
                        continue;
                    }

                    if (!Handled.Contains(type))
                    {
                        continue;
                    }

                    var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(resourceElement.GetRawText()));
                    if (!Deserializer.TryDeserializeResource(ref reader, out var resource, out var problems) && resource is null)
                    {
                        issues.Add(new("fhir.resource.invalid", at + ".resource", $"The {type} could not be read: {problems.FirstOrDefault()?.Message}"));
                        continue;
                    }

                    if (resource is null)
                    {
                        continue;
                    }

                    foreach (var p in problems.Take(3))
                    {
                        issues.Add(InteropIssue.Warning("fhir.resource.irregular", at + ".resource", p.Message));
                    }

                    var fullUrl = entry.TryGetProperty("fullUrl", out var fu) && fu.ValueKind == JsonValueKind.String ? fu.GetString() : null;
                    entries.Add((index, fullUrl, resource));
                }
            }

            new Mapping(batch, issues, importedAt, entries).Run();
            return new(batch, issues, count, bundleId);
        }
    }

    private sealed class Mapping(RecordBatch batch, List<InteropIssue> issues, DateTimeOffset importedAt, List<(int Index, string? FullUrl, Resource Resource)> entries)
    {
        private readonly Dictionary<string, Resource> _byReference = new(StringComparer.Ordinal);
        private readonly Dictionary<Resource, int> _index = [];
        private readonly Dictionary<Resource, object> _records = [];

        public void Run()
        {
            foreach (var (index, fullUrl, resource) in entries)
            {
                _index[resource] = index;
                if (fullUrl is not null)
                {
                    _byReference.TryAdd(fullUrl, resource);
                }

                if (resource.Id is { } id)
                {
                    _byReference.TryAdd(resource.TypeName + "/" + id, resource);
                }
            }

            // Dependencies first: people, payers, then visits, then what happened in them.
            foreach (var r in Of<F.Practitioner>()) { Practitioner(r); }
            foreach (var r in Of<F.Patient>()) { Patient(r); }
            foreach (var r in Of<F.Coverage>()) { Coverage(r); }
            foreach (var r in Of<F.Encounter>()) { Encounter(r); }
            foreach (var r in Of<F.Condition>()) { Finding(r, ObservationKind.Condition, r.Code, r.Subject, r.Encounter, Instant(r.Onset) ?? Instant(r.RecordedDateElement), null, null); }
            foreach (var r in Of<F.Procedure>()) { Finding(r, ObservationKind.Procedure, r.Code, r.Subject, r.Encounter, Instant(r.Performed), null, null); }
            foreach (var r in Of<F.MedicationAdministration>()) { Finding(r, ObservationKind.Medication, r.Medication as CodeableConcept, r.Subject, r.Context, Instant(r.Effective), null, null); }
            foreach (var r in Of<F.Observation>()) { Observation(r); }
            foreach (var r in Of<F.DiagnosticReport>()) { DiagnosticReport(r); }
            foreach (var r in Of<F.DocumentReference>()) { DocumentReference(r); }
            foreach (var r in Of<F.Composition>()) { Composition(r); }
        }

        private IEnumerable<T> Of<T>()
            where T : Resource => entries.Select(e => e.Resource).OfType<T>();

        private string At(Resource r) => $"entry[{_index[r]}] ({r.TypeName}/{r.Id})";

        private SourceKey ResourceKey(Resource r)
        {
            var full = entries.First(e => ReferenceEquals(e.Resource, r)).FullUrl;
            return new SourceKey("fhir:" + r.TypeName, full ?? r.Id ?? "");
        }

        private TRecord? Resolve<TRecord>(ResourceReference? reference, Resource from, string field, bool required)
            where TRecord : class
        {
            var target = reference?.Reference;
            if (target is null)
            {
                if (required)
                {
                    issues.Add(new("fhir.reference.missing", At(from) + "." + field, $"The {from.TypeName} has no {field}; skipped."));
                }

                return null;
            }

            if (_byReference.TryGetValue(target, out var resource) || (TailReference(target) is { } tail && _byReference.TryGetValue(tail, out resource)))
            {
                if (_records.TryGetValue(resource, out var record) && record is TRecord typed)
                {
                    return typed;
                }
            }

            if (required)
            {
                issues.Add(new("fhir.reference.missing", At(from) + "." + field, $"{field} '{target}' is not in the bundle (or was not imported); {from.TypeName} skipped."));
            }
            else
            {
                issues.Add(InteropIssue.Warning("fhir.reference.unresolved", At(from) + "." + field, $"{field} '{target}' is not in the bundle; ignored."));
            }

            return null;
        }

        private static string? TailReference(string reference)
        {
            var parts = reference.Split('/');
            return parts.Length >= 2 ? parts[^2] + "/" + parts[^1] : null;
        }

        private void Practitioner(F.Practitioner r)
        {
            var npi = r.Identifier.FirstOrDefault(i => i.System == CodeSystems.Npi)?.Value;
            if (npi is null || !Npi.TryParse(npi, out var valid))
            {
                issues.Add(InteropIssue.Warning("fhir.practitioner.npi", At(r), $"No valid NPI ('{npi}'); the practitioner is not imported as a provider."));
                return;
            }

            var name = r.Name.FirstOrDefault();
            var provider = new Provider { LastName = name?.Family ?? "", FirstName = name?.Given.FirstOrDefault() ?? "", Npi = valid, Credentials = name?.Suffix.FirstOrDefault() };
            _records[r] = provider;
            batch.Providers.Add(new(provider, [new SourceKey(CodeSystems.Npi, valid.Value), ResourceKey(r)]));
        }

        private void Patient(F.Patient r)
        {
            var name = r.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? r.Name.FirstOrDefault();
            if (name?.Family is null)
            {
                issues.Add(new("fhir.patient.name.missing", At(r) + ".name", "The patient has no family name; skipped."));
                return;
            }

            if (!DateOnly.TryParse(r.BirthDate, System.Globalization.CultureInfo.InvariantCulture, out var birth))
            {
                issues.Add(new("fhir.patient.birthDate.invalid", At(r) + ".birthDate", $"The birth date '{r.BirthDate}' is missing or not a full date; skipped."));
                return;
            }

            var keys = new List<SourceKey> { ResourceKey(r) };
            string? mrn = null;
            foreach (var id in r.Identifier)
            {
                if (id.Value is null || id.System is null || SensitiveSystems.Any(s => id.System.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var type = id.Type?.Coding.FirstOrDefault()?.Code;
                if (type is null or "MR")
                {
                    keys.Add(new SourceKey(id.System, id.Value));
                    mrn ??= type == "MR" ? id.Value : null;
                }
            }

            var address = r.Address.FirstOrDefault();
            var patient = new Billing.Patient
            {
                AccountNumber = Cut(mrn ?? r.Id ?? Guid.NewGuid().ToString("N"), 50),
                LastName = Cut(name.Family, 200),
                FirstName = Cut(name.Given.FirstOrDefault() ?? "", 200),
                MiddleName = name.Given.Skip(1).FirstOrDefault(),
                BirthDate = birth,
                Sex = r.Gender switch { AdministrativeGender.Female => Sex.Female, AdministrativeGender.Male => Sex.Male, _ => Sex.Unknown },
                Address = address is null ? new() : new Billing.Address
                {
                    Line1 = Cut(address.Line.FirstOrDefault() ?? "", 200),
                    Line2 = address.Line.Skip(1).FirstOrDefault(),
                    City = Cut(address.City ?? "", 200),
                    State = Cut(address.State ?? "", 2),
                    PostalCode = Cut(address.PostalCode ?? "", 10),
                },
                Phone = r.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value,
            };
            _records[r] = patient;
            batch.Patients.Add(new(patient, keys));
        }

        private void Coverage(F.Coverage r)
        {
            if (Resolve<Billing.Patient>(r.Beneficiary, r, "beneficiary", true) is not { } patient)
            {
                return;
            }

            var memberId = r.SubscriberId ?? r.Identifier.FirstOrDefault()?.Value;
            if (memberId is null)
            {
                issues.Add(new("fhir.coverage.subscriberId.missing", At(r) + ".subscriberId", "The coverage has no subscriber id (member id); skipped."));
                return;
            }

            var payorRef = r.Payor.FirstOrDefault();
            string? payerName = payorRef?.Display;
            string? payerId = null;
            if (payorRef?.Reference is { } pr && (_byReference.TryGetValue(pr, out var org) || (TailReference(pr) is { } tail && _byReference.TryGetValue(tail, out org))) && org is F.Organization o)
            {
                payerName = o.Name ?? payerName;
                payerId = o.Identifier.FirstOrDefault(i => i.Value is not null)?.Value;
            }

            if (payerName is null && payerId is null)
            {
                issues.Add(new("fhir.coverage.payor.missing", At(r) + ".payor", "The coverage names no payer; skipped."));
                return;
            }

            var payer = new Payer { Name = Cut(payerName ?? payerId!, 200), PayerIdentifier = Cut(payerId ?? payerName!, 80) };
            batch.Payers.Add(new(payer, [new SourceKey("payer", payer.PayerIdentifier)]));
            var relationship = r.Relationship?.Coding.FirstOrDefault()?.Code switch
            {
                null or "self" => SubscriberRelationship.Self,
                "spouse" => SubscriberRelationship.Spouse,
                "child" => SubscriberRelationship.Child,
                _ => SubscriberRelationship.Other,
            };
            var coverage = new Billing.Coverage
            {
                PatientId = patient.Id,
                PayerId = payer.Id,
                MemberId = Cut(memberId, 80),
                GroupNumber = r.Class.FirstOrDefault(c => c.Type?.Coding.Any(x => x.Code == "group") == true)?.Value,
                PlanName = r.Class.FirstOrDefault(c => c.Type?.Coding.Any(x => x.Code == "plan") == true)?.Name,
                Order = r.Order switch { 2 => CoverageOrder.Secondary, 3 => CoverageOrder.Tertiary, _ => CoverageOrder.Primary },
                Relationship = relationship,
                Subscriber = relationship == SubscriberRelationship.Self ? null : new Billing.Person { LastName = patient.LastName, FirstName = "" },
                EffectiveFrom = Date(r.Period?.Start) ?? DateOnly.MinValue,
                EffectiveTo = Date(r.Period?.End),
            };
            _records[r] = coverage;
            batch.Coverages.Add(new(coverage, [ResourceKey(r)]));
        }

        private void Encounter(F.Encounter r)
        {
            if (Resolve<Billing.Patient>(r.Subject, r, "subject", true) is not { } patient)
            {
                return;
            }

            if (Date(r.Period?.Start) is not { } from)
            {
                issues.Add(new("fhir.encounter.period.missing", At(r) + ".period", "The encounter has no start date; skipped."));
                return;
            }

            var cls = r.Class?.Code;
            var inpatient = cls is "IMP" or "ACUTE" or "NONAC";
            var provider = r.Participant.Select(p => Resolve<Provider>(p.Individual, r, "participant.individual", false)).FirstOrDefault(p => p is not null);
            var to = Date(r.Period?.End) ?? from;
            var encounter = new Billing.Encounter
            {
                PatientId = patient.Id,
                Kind = inpatient ? ClaimKind.Institutional : ClaimKind.Professional,
                ServiceFrom = from,
                ServiceTo = to < from ? from : to,
                PlaceOfService = cls switch { "IMP" or "ACUTE" or "NONAC" => "21", "EMER" => "23", "VR" => "02", "HH" => "12", _ => "11" },
                RenderingProviderId = provider?.Id,
                AttendingProviderId = inpatient ? provider?.Id : null,
                AdmissionDate = inpatient ? from : null,
                DischargeDate = inpatient ? Date(r.Period?.End) : null,
            };
            _records[r] = encounter;
            var keys = new List<SourceKey> { ResourceKey(r) };
            keys.AddRange(r.Identifier.Where(i => i.System is not null && i.Value is not null).Select(i => new SourceKey(i.System!, i.Value!)));
            batch.Encounters.Add(new(encounter, keys));
        }

        private ClinicalObservation? Finding(Resource r, ObservationKind kind, CodeableConcept? code, ResourceReference? subject, ResourceReference? encounterRef, DateTimeOffset? at, string? value, string? impression)
        {
            if (Resolve<Billing.Patient>(subject, r, "subject", true) is not { } patient)
            {
                return null;
            }

            var encounter = encounterRef is null ? null : Resolve<Billing.Encounter>(encounterRef, r, "encounter", false);
            // Keep the billable system's code when the source sent several (ICD-10-CM beside SNOMED CT).
            var coding = code?.Coding.OrderByDescending(c => c.System is not null && CodeSystems.IsBillable(c.System)).FirstOrDefault();
            var observation = new ClinicalObservation
            {
                PatientId = patient.Id,
                EncounterId = encounter?.Id,
                Kind = kind,
                CodeSystem = Cut(coding?.System ?? "", 200),
                Code = Cut(coding?.Code ?? "", 100),
                Display = Cut(coding?.Display ?? code?.Text ?? "", 500),
                Value = value,
                Impression = impression,
                EffectiveAt = at,
                Source = "fhir",
                ImportedAt = importedAt,
            };
            _records[r] = observation;
            batch.Observations.Add(new(observation, [ResourceKey(r)]));
            return observation;
        }

        private void Observation(F.Observation r)
        {
            var category = r.Category.SelectMany(c => c.Coding).Select(c => c.Code).FirstOrDefault(c => c is not null);
            var kind = category switch
            {
                "laboratory" => ObservationKind.Laboratory,
                "vital-signs" => ObservationKind.VitalSign,
                "imaging" => ObservationKind.Imaging,
                _ => ObservationKind.Other,
            };
            var (value, unit, numeric) = ValueOf(r.Value);
            if (value is null && r.Component.Count > 0)
            {
                // Panels such as blood pressure: the components, one per line.
                value = string.Join("\n", r.Component.Select(c => (c.Code?.Coding.FirstOrDefault()?.Display ?? c.Code?.Text) + ": " + ValueOf(c.Value).Text + " " + ValueOf(c.Value).Unit).Select(s => s.Trim()));
            }

            if (Finding(r, kind, r.Code, r.Subject, r.Encounter, Instant(r.Effective), value, null) is not { } observation)
            {
                return;
            }

            observation.Unit = unit is null ? null : Cut(unit, 50);
            observation.Status = r.Status?.ToString().ToLowerInvariant();
            var range = r.ReferenceRange.FirstOrDefault();
            observation.ReferenceRange = range is null ? null : Cut(range.Text ?? $"{range.Low?.Value}-{range.High?.Value}".Trim('-'), 100);
            var flag = Interpretations.FromCode(r.Interpretation.SelectMany(i => i.Coding).Select(c => c.Code).FirstOrDefault());
            if (flag == AbnormalFlag.None && numeric is { } v && range is not null)
            {
                flag = range.Low?.Value is { } lo && v < lo ? AbnormalFlag.Low
                    : range.High?.Value is { } hi && v > hi ? AbnormalFlag.High
                    : range.Low?.Value is not null || range.High?.Value is not null ? AbnormalFlag.Normal
                    : Interpretations.FromRange(v, range.Text);
            }

            observation.Interpretation = flag;
        }

        private void DiagnosticReport(F.DiagnosticReport r)
        {
            var categories = r.Category.SelectMany(c => c.Coding).Select(c => c.Code).ToList();
            var imaging = categories.Any(c => c is "RAD" or "LP29684-5" or "CT" or "MR" or "US" or "RX" or "NMR" or "imaging");
            var text = string.Join("\n\n", r.PresentedForm.Select(AttachmentText).Where(t => !string.IsNullOrWhiteSpace(t)));
            var encounter = r.Encounter is null ? null : Resolve<Billing.Encounter>(r.Encounter, r, "encounter", false);
            if (imaging || r.Conclusion is not null)
            {
                var impression = r.Conclusion ?? (text.Length > 0 ? Hl7.Hl7RecordMapper.ImpressionOf(text) : null);
                if (Finding(r, imaging ? ObservationKind.Imaging : ObservationKind.Laboratory, r.Code, r.Subject, r.Encounter, Instant(r.Effective), null, impression) is { } o)
                {
                    o.Status = r.Status?.ToString().ToLowerInvariant();
                }
            }

            if (text.Length > 0)
            {
                if (encounter is null)
                {
                    issues.Add(InteropIssue.Warning("fhir.document.encounter.missing", At(r) + ".encounter", "The report text has no encounter to attach to; not kept as a document."));
                    return;
                }

                AddDocument(r, encounter, r.Code?.Coding.FirstOrDefault()?.Display ?? r.Code?.Text ?? "Report", imaging ? "radiology report" : "report", text, Instant(r.Issued is { } issued ? new FhirDateTime(issued) : null) ?? Instant(r.Effective));
            }
        }

        private void DocumentReference(F.DocumentReference r)
        {
            if (Resolve<Billing.Patient>(r.Subject, r, "subject", true) is null)
            {
                return;
            }

            var encounter = r.Context?.Encounter.Select(e => Resolve<Billing.Encounter>(e, r, "context.encounter", true)).FirstOrDefault(e => e is not null);
            var text = string.Join("\n\n", r.Content.Select(c => AttachmentText(c.Attachment)).Where(t => !string.IsNullOrWhiteSpace(t)));
            if (text.Length == 0)
            {
                issues.Add(new("fhir.document.text.missing", At(r) + ".content", "The document has no text content (text/plain or base64 data); skipped."));
                return;
            }

            if (encounter is null)
            {
                if (r.Context?.Encounter.Count is null or 0)
                {
                    issues.Add(new("fhir.reference.missing", At(r) + ".context.encounter", "The document names no encounter; skipped."));
                }

                return;
            }

            var type = r.Type?.Coding.FirstOrDefault();
            AddDocument(r, encounter, type?.Display ?? r.Type?.Text ?? r.Description ?? "Clinical note", DocumentKind(type?.Code), text, r.Date);
        }

        private void Composition(F.Composition r)
        {
            if (Resolve<Billing.Patient>(r.Subject, r, "subject", true) is null)
            {
                return;
            }

            if (Resolve<Billing.Encounter>(r.Encounter, r, "encounter", true) is not { } encounter)
            {
                return;
            }

            var sb = new StringBuilder();
            foreach (var section in r.Section)
            {
                AppendSection(section, sb);
            }

            if (sb.Length == 0)
            {
                issues.Add(new("fhir.document.text.missing", At(r) + ".section", "The composition has no section text; skipped."));
                return;
            }

            AddDocument(r, encounter, r.Title ?? "Clinical document", DocumentKind(r.Type?.Coding.FirstOrDefault()?.Code), sb.ToString().Trim(), Instant(r.DateElement));
        }

        private static void AppendSection(F.Composition.SectionComponent section, StringBuilder sb)
        {
            if (section.Title is not null)
            {
                sb.Append(section.Title.ToUpperInvariant()).Append(":\n");
            }

            if (section.Text?.Div is { } div)
            {
                sb.Append(StripXhtml(div)).Append("\n\n");
            }

            foreach (var child in section.Section)
            {
                AppendSection(child, sb);
            }
        }

        private void AddDocument(Resource r, Billing.Encounter encounter, string title, string kind, string text, DateTimeOffset? at)
        {
            var document = new ClinicalDocument
            {
                EncounterId = encounter.Id,
                Title = Cut(title, 200),
                Kind = kind,
                Text = text,
                CreatedAt = at ?? importedAt,
                CreatedBy = "fhir",
            };
            batch.Documents.Add(new(document, [ResourceKey(r)]));
        }

        private static (string? Text, string? Unit, decimal? Numeric) ValueOf(DataType? value) => value switch
        {
            Quantity q => (q.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Unit ?? q.Code, q.Value),
            CodeableConcept c => (c.Text ?? c.Coding.FirstOrDefault()?.Display ?? c.Coding.FirstOrDefault()?.Code, null, null),
            FhirString s => (s.Value, null, null),
            FhirBoolean b => (b.Value?.ToString(), null, null),
            Integer i => (i.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), null, i.Value),
            _ => (null, null, null),
        };

        private static string? AttachmentText(Attachment? a)
        {
            if (a is null)
            {
                return null;
            }

            if (a.Data is { Length: > 0 } data && (a.ContentType is null || a.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)))
            {
                var text = Encoding.UTF8.GetString(data);
                return a.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true ? StripXhtml(text) : text;
            }

            return null;
        }

        private static string DocumentKind(string? loinc) => loinc switch
        {
            "18842-5" => "discharge summary",
            "11504-8" => "operative report",
            "34117-2" => "history and physical",
            "11488-4" => "consultation",
            "11506-3" => "progress note",
            "18748-4" => "radiology report",
            "11526-1" => "pathology report",
            _ => "note",
        };

        private static DateTimeOffset? Instant(DataType? value) => value switch
        {
            FhirDateTime dt when dt.TryToDateTimeOffset(out var v) => v,
            Period p when p.StartElement is { } s && s.TryToDateTimeOffset(out var v) => v,
            _ => null,
        };

        private static DateOnly? Date(string? fhirDateTime) =>
            fhirDateTime is { Length: >= 10 } && DateOnly.TryParseExact(fhirDateTime.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
    }

    private static string StripXhtml(string xhtml)
    {
        var text = XhtmlBreaks().Replace(xhtml, "\n");
        text = XhtmlTags().Replace(text, "");
        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    [GeneratedRegex("<(br|/p|/div|/li|/tr)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex XhtmlBreaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex XhtmlTags();
}
