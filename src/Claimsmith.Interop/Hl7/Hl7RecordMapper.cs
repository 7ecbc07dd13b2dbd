using System.Text;
using Claimsmith.Billing;

namespace Claimsmith.Interop.Hl7;

/// <summary>
/// Maps HL7 v2.5.1 messages to Claimsmith records: ADT^A04/A08 (and A01/A31) registrations with
/// IN1 insurance, MDM^T02 transcribed documents (TXA + OBX text), ORU^R01 lab and radiology
/// results. Identifiers become <see cref="SourceKey"/>s so a message sent twice updates instead
/// of duplicating: PID-3 (per assigning authority), PV1-19 visit number, TXA-12 document number,
/// OBR-3 filler order number with OBX-3/OBX-4.
/// </summary>
public static class Hl7RecordMapper
{
    /// <summary>The message types mapped.</summary>
    public static IReadOnlySet<string> Supported { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ADT^A01", "ADT^A04", "ADT^A08", "ADT^A31", "MDM^T02", "ORU^R01",
    };

    private static readonly HashSet<string> ImagingSections = new(StringComparer.OrdinalIgnoreCase)
    {
        "RAD", "RX", "CT", "MR", "MRI", "US", "NMR", "NM", "XR", "IMG", "MAM", "VUS", "CUS", "RUS",
    };

    /// <summary>Maps <paramref name="message"/>; <paramref name="receivedAt"/> stamps imported rows.</summary>
    public static Hl7MappingResult Map(Hl7Message message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        var issues = new List<InteropIssue>();
        var type = message.MessageType;
        var batch = new RecordBatch { UpdatesDemographics = type.StartsWith("ADT", StringComparison.Ordinal) };
        if (!Supported.Contains(type))
        {
            issues.Add(new("hl7.message-type.unsupported", "MSH-9", $"Message type '{type}' is not imported (ADT^A01/A04/A08/A31, MDM^T02, ORU^R01 are)."));
            return new(batch, issues);
        }

        var source = message.Header.Get(3) ?? "unknown";
        var pid = message.Segment("PID");
        if (pid is null)
        {
            issues.Add(new("hl7.segment.missing", "PID", $"{type} needs a PID segment; the message may be truncated."));
            return new(batch, issues);
        }

        if (MapPatient(pid, batch, issues) is not { } patient)
        {
            return new(batch, issues);
        }

        var patientKey = batch.Patients[^1].Keys[0];
        foreach (var in1 in message.SegmentsNamed("IN1"))
        {
            MapCoverage(in1, patient, batch, issues);
        }

        foreach (var dg1 in message.SegmentsNamed("DG1"))
        {
            var code = dg1.Field(3);
            if (code.Component(1).ValueOrNull is { } c)
            {
                // Diagnoses the sender coded are evidence for the coder, not billed as sent.
                batch.Observations.Add(new(new ClinicalObservation
                {
                    PatientId = patient.Id,
                    Kind = ObservationKind.Condition,
                    CodeSystem = CodeSystems.FromHl7(code.Component(3).ValueOrNull),
                    Code = c,
                    Display = code.Component(2).ValueOrNull,
                    EffectiveAt = Hl7Dates.Instant(dg1.Get(5)),
                    Source = "hl7v2",
                    ImportedAt = receivedAt,
                }, [new SourceKey("hl7:dg1:" + patientKey, c)]));
            }
        }

        var eventDate = Hl7Dates.Instant(message.Segment("EVN")?.Get(2)) ?? Hl7Dates.Instant(message.Header.Get(7)) ?? receivedAt;
        var encounter = MapEncounter(message.Segment("PV1"), patient, patientKey, eventDate, type.StartsWith("ADT", StringComparison.Ordinal), batch, issues);

        switch (message.MessageCode)
        {
            case "MDM":
                MapDocument(message, encounter, source, receivedAt, batch, issues);
                break;
            case "ORU":
                MapResults(message, patient, encounter, source, receivedAt, batch, issues);
                break;
        }

        // Records refer to the encounter only once it is known to exist.
        if (encounter is not null)
        {
            foreach (var o in batch.Observations)
            {
                o.Record.EncounterId ??= encounter.Id;
            }
        }

        return new(batch, issues);
    }

    private static Patient? MapPatient(Hl7Segment pid, RecordBatch batch, List<InteropIssue> issues)
    {
        var keys = new List<SourceKey>();
        string? mrn = null;
        foreach (var cx in pid.Field(3).Repetitions())
        {
            var id = cx.Component(1).ValueOrNull;
            if (id is null)
            {
                continue;
            }

            var authority = cx.Component(4).Subcomponent(1).ValueOrNull ?? cx.Component(4).Subcomponent(2).ValueOrNull ?? "local";
            keys.Add(new SourceKey("hl7:pid3:" + authority, id));
            if (mrn is null || cx.Component(5).Value == "MR")
            {
                mrn = id;
            }
        }

        if (mrn is null)
        {
            issues.Add(new("hl7.pid3.missing", "PID-3", "The patient identifier list (PID-3) has no identifier."));
            return null;
        }

        var name = pid.Field(5);
        var last = name.Component(1).Subcomponent(1).ValueOrNull;
        var first = name.Component(2).ValueOrNull;
        if (last is null)
        {
            issues.Add(new("hl7.pid5.missing", "PID-5", "The patient name (PID-5) is missing."));
            return null;
        }

        if (!Hl7Dates.TryDate(pid.Get(7), out var birth))
        {
            issues.Add(new("hl7.pid7.invalid", "PID-7", $"The birth date (PID-7) '{pid.Get(7)}' is missing or not a date (YYYYMMDD)."));
            return null;
        }

        var address = pid.Field(11);
        var patient = new Patient
        {
            AccountNumber = Truncate(pid.Get(18) ?? mrn, 38),
            LastName = last,
            FirstName = first ?? "",
            MiddleName = name.Component(3).ValueOrNull,
            BirthDate = birth,
            Sex = pid.Get(8) switch { "F" => Sex.Female, "M" => Sex.Male, _ => Sex.Unknown },
            Address = new Address
            {
                Line1 = address.Component(1).Subcomponent(1).Value,
                Line2 = address.Component(2).ValueOrNull,
                City = address.Component(3).Value,
                State = Truncate(address.Component(4).Value, 2),
                PostalCode = Truncate(address.Component(5).Value, 10),
            },
            Phone = pid.Field(13).Component(1).ValueOrNull,
        };
        batch.Patients.Add(new(patient, keys));
        return patient;
    }

    private static void MapCoverage(Hl7Segment in1, Patient patient, RecordBatch batch, List<InteropIssue> issues)
    {
        var at = $"segment {in1.Number} (IN1)";
        var payerId = in1.Get(3);
        var payerName = in1.Field(4).Component(1).ValueOrNull;
        var memberId = in1.Get(36) ?? in1.Get(49);
        if (payerId is null && payerName is null)
        {
            issues.Add(new("hl7.in1-3.missing", at, "The insurance company (IN1-3 id or IN1-4 name) is missing; coverage not imported."));
            return;
        }

        if (memberId is null)
        {
            issues.Add(new("hl7.in1-36.missing", at, "The policy number (IN1-36) is missing; coverage not imported."));
            return;
        }

        var payer = new Payer { Name = payerName ?? payerId!, PayerIdentifier = Truncate(payerId ?? payerName!, 80) };
        batch.Payers.Add(new(payer, [new SourceKey("payer", payer.PayerIdentifier)]));
        var relationship = in1.Get(17) switch
        {
            null or "SEL" or "01" or "18" => SubscriberRelationship.Self,
            "SPO" or "02" => SubscriberRelationship.Spouse,
            "CHD" or "03" or "19" => SubscriberRelationship.Child,
            _ => SubscriberRelationship.Other,
        };
        var insured = in1.Field(16);
        Person? subscriber = relationship == SubscriberRelationship.Self ? null : new Person
        {
            LastName = insured.Component(1).Subcomponent(1).Value,
            FirstName = insured.Component(2).Value,
            BirthDate = Hl7Dates.TryDate(in1.Get(18), out var dob) ? dob : null,
            Sex = in1.Get(43) switch { "F" => Sex.Female, "M" => Sex.Male, _ => Sex.Unknown },
        };
        var coverage = new Coverage
        {
            PatientId = patient.Id,
            PayerId = payer.Id,
            MemberId = memberId,
            GroupNumber = in1.Get(8),
            PlanName = in1.Field(9).Component(1).ValueOrNull ?? in1.Get(2),
            Order = in1.Get(22) switch { "2" => CoverageOrder.Secondary, "3" => CoverageOrder.Tertiary, _ => CoverageOrder.Primary },
            Relationship = relationship,
            Subscriber = subscriber,
            EffectiveFrom = Hl7Dates.TryDate(in1.Get(12), out var from) ? from : DateOnly.MinValue,
            EffectiveTo = Hl7Dates.TryDate(in1.Get(13), out var to) ? to : null,
        };
        // No source key: the member id is PHI; the importer matches on patient, payer and member id.
        batch.Coverages.Add(new(coverage, []));
    }

    private static Encounter? MapEncounter(Hl7Segment? pv1, Patient patient, SourceKey patientKey, DateTimeOffset eventDate, bool registration, RecordBatch batch, List<InteropIssue> issues)
    {
        if (pv1 is null)
        {
            if (!registration)
            {
                issues.Add(InteropIssue.Warning("hl7.pv1.missing", "PV1", "No visit (PV1): the record is attached to the patient's encounter on the message date."));
            }
            else
            {
                return null;
            }
        }

        var admit = Hl7Dates.Instant(pv1?.Get(44));
        var discharge = Hl7Dates.Instant(pv1?.Get(45));
        var from = DateOnly.FromDateTime((admit ?? eventDate).Date);
        var inpatient = pv1?.Get(2) == "I";
        var encounter = new Encounter
        {
            PatientId = patient.Id,
            Kind = inpatient ? ClaimKind.Institutional : ClaimKind.Professional,
            ServiceFrom = from,
            ServiceTo = discharge is { } d ? DateOnly.FromDateTime(d.Date) : from,
            PlaceOfService = pv1?.Get(2) switch { "I" => "21", "E" => "23", _ => "11" },
            AdmissionDate = inpatient ? from : null,
            AdmissionHour = inpatient ? admit?.Hour : null,
            DischargeDate = inpatient && discharge is { } dd ? DateOnly.FromDateTime(dd.Date) : null,
        };

        var keys = new List<SourceKey>();
        if (pv1?.Field(19).Component(1).ValueOrNull is { } visit)
        {
            var authority = pv1.Field(19).Component(4).Subcomponent(1).ValueOrNull ?? "local";
            keys.Add(new SourceKey("hl7:pv1-19:" + authority, visit));
        }
        else
        {
            // Without a visit number, one encounter per patient and day (results and documents of a day belong together).
            keys.Add(new SourceKey("hl7:visit-date:" + patientKey, from.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var attending = pv1?.Field(7);
        if (attending is { } a && Npi.TryParse(a.Component(1).Value, out var npi))
        {
            var provider = new Provider { LastName = a.Component(2).Value, FirstName = a.Component(3).Value, Npi = npi, Credentials = a.Component(7).ValueOrNull };
            batch.Providers.Add(new(provider, [new SourceKey(CodeSystems.Npi, npi.Value)]));
            encounter.RenderingProviderId = provider.Id;
            if (inpatient)
            {
                encounter.AttendingProviderId = provider.Id;
            }
        }

        batch.Encounters.Add(new(encounter, keys));
        return encounter;
    }

    private static void MapDocument(Hl7Message message, Encounter? encounter, string source, DateTimeOffset receivedAt, RecordBatch batch, List<InteropIssue> issues)
    {
        var txa = message.Segment("TXA");
        if (txa is null)
        {
            issues.Add(new("hl7.segment.missing", "TXA", "MDM^T02 needs a TXA segment (document header)."));
            return;
        }

        var text = new StringBuilder();
        foreach (var obx in message.SegmentsNamed("OBX"))
        {
            AppendText(obx, text);
        }

        if (text.Length == 0)
        {
            issues.Add(new("hl7.obx.missing", "OBX", "MDM^T02 carries no document text in OBX-5."));
            return;
        }

        if (encounter is null)
        {
            return;
        }

        var kind = txa.Field(2).Component(1).Value;
        var docNumber = txa.Field(12).Component(1).ValueOrNull ?? txa.Field(16).Component(1).ValueOrNull ?? message.ControlId;
        batch.Documents.Add(new(new ClinicalDocument
        {
            EncounterId = encounter.Id,
            Title = Truncate(txa.Field(2).Component(2).ValueOrNull ?? DocumentTitle(kind), 200),
            Kind = DocumentKind(kind),
            Text = text.ToString().TrimEnd(),
            CreatedAt = Hl7Dates.Instant(txa.Get(4)) ?? receivedAt,
            CreatedBy = Truncate("hl7v2:" + source, 200),
        }, [new SourceKey("hl7:txa-12:" + source, docNumber)]));
    }

    private static void MapResults(Hl7Message message, Patient patient, Encounter? encounter, string source, DateTimeOffset receivedAt, RecordBatch batch, List<InteropIssue> issues)
    {
        Hl7Segment? obr = null;
        var imagingText = new StringBuilder();
        var impression = new StringBuilder();
        var any = false;
        foreach (var segment in message.Segments)
        {
            if (segment.Id == "OBR")
            {
                FlushImaging(obr, imagingText, impression, patient, encounter, source, receivedAt, message, batch);
                obr = segment;
                continue;
            }

            if (segment.Id != "OBX")
            {
                continue;
            }

            any = true;
            var at = $"segment {segment.Number} (OBX)";
            var id = segment.Field(3);
            var code = id.Component(1).ValueOrNull;
            if (code is null)
            {
                issues.Add(new("hl7.obx3.missing", at, "The observation identifier (OBX-3) is missing; result skipped."));
                continue;
            }

            if (obr is not null && IsImaging(obr))
            {
                AppendText(segment, imagingText);
                if (code.Contains("IMP", StringComparison.OrdinalIgnoreCase) || (id.Component(2).ValueOrNull?.Contains("impression", StringComparison.OrdinalIgnoreCase) ?? false) || code == "19005-8")
                {
                    AppendText(segment, impression);
                }

                continue;
            }

            var valueType = segment.Get(2);
            var value = valueType is "TX" or "FT" or "ST"
                ? string.Join("\n", segment.Field(5).Repetitions().Select(r => r.Value))
                : valueType is "SN" ? segment.Field(5).Component(1).Value + segment.Field(5).Component(2).Value : segment.Field(5).Component(valueType is "CE" or "CWE" ? 2 : 1).ValueOrNull ?? segment.Field(5).Component(1).Value;
            var range = segment.Get(7);
            var observation = new ClinicalObservation
            {
                PatientId = patient.Id,
                Kind = ObservationKind.Laboratory,
                CodeSystem = CodeSystems.FromHl7(id.Component(3).ValueOrNull),
                Code = Truncate(code, 100),
                Display = id.Component(2).ValueOrNull,
                Value = value.Length == 0 ? null : value,
                Unit = segment.Field(6).Component(1).ValueOrNull,
                ReferenceRange = range,
                Status = segment.Get(11),
                EffectiveAt = Hl7Dates.Instant(segment.Get(14)) ?? Hl7Dates.Instant(obr?.Get(7)),
                Source = "hl7v2",
                ImportedAt = receivedAt,
            };
            observation.Interpretation = Interpretations.FromCode(segment.Get(8)) is var flag && flag != AbnormalFlag.None
                ? flag
                : Interpretations.FromRange(observation.NumericValue, range);
            var order = OrderNumber(obr, message);
            batch.Observations.Add(new(observation, [new SourceKey("hl7:result:" + source, $"{order}|{code}|{segment.Get(4)}")]));
        }

        FlushImaging(obr, imagingText, impression, patient, encounter, source, receivedAt, message, batch);
        if (!any)
        {
            issues.Add(new("hl7.obx.missing", "OBX", "ORU^R01 carries no results (OBX); the message may be truncated."));
        }
    }

    private static void FlushImaging(Hl7Segment? obr, StringBuilder text, StringBuilder impression, Patient patient, Encounter? encounter, string source, DateTimeOffset receivedAt, Hl7Message message, RecordBatch batch)
    {
        if (obr is null || text.Length == 0)
        {
            text.Clear();
            impression.Clear();
            return;
        }

        var service = obr.Field(4);
        var order = OrderNumber(obr, message);
        var report = text.ToString().TrimEnd();
        batch.Observations.Add(new(new ClinicalObservation
        {
            PatientId = patient.Id,
            Kind = ObservationKind.Imaging,
            CodeSystem = CodeSystems.FromHl7(service.Component(3).ValueOrNull),
            Code = Truncate(service.Component(1).Value, 100),
            Display = service.Component(2).ValueOrNull,
            Impression = impression.Length > 0 ? impression.ToString().TrimEnd() : ImpressionOf(report),
            Status = obr.Get(25),
            EffectiveAt = Hl7Dates.Instant(obr.Get(7)),
            Interpretation = AbnormalFlag.None,
            Source = "hl7v2",
            ImportedAt = receivedAt,
        }, [new SourceKey("hl7:imaging:" + source, order)]));
        if (encounter is not null)
        {
            // The whole report is also a document the coder reads beside the notes.
            batch.Documents.Add(new(new ClinicalDocument
            {
                EncounterId = encounter.Id,
                Title = Truncate(service.Component(2).ValueOrNull ?? "Imaging report", 200),
                Kind = "radiology report",
                Text = report,
                CreatedAt = Hl7Dates.Instant(obr.Get(22)) ?? Hl7Dates.Instant(obr.Get(7)) ?? receivedAt,
                CreatedBy = Truncate("hl7v2:" + source, 200),
            }, [new SourceKey("hl7:imaging-report:" + source, order)]));
        }

        text.Clear();
        impression.Clear();
    }

    /// <summary>The text after "IMPRESSION:" in a report, or the whole report.</summary>
    internal static string ImpressionOf(string report)
    {
        var at = report.IndexOf("IMPRESSION", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            at = report.IndexOf("CONCLUSION", StringComparison.OrdinalIgnoreCase);
        }

        return at < 0 ? report : report[(at + 10)..].TrimStart(':', ' ', '\n').Trim();
    }

    private static bool IsImaging(Hl7Segment obr) => ImagingSections.Contains(obr.Get(24) ?? "");

    private static string OrderNumber(Hl7Segment? obr, Hl7Message message) =>
        obr?.Field(3).Component(1).ValueOrNull ?? obr?.Field(2).Component(1).ValueOrNull ?? message.ControlId + "/" + (obr?.Get(1) ?? "1");

    private static void AppendText(Hl7Segment obx, StringBuilder text)
    {
        if (obx.Get(2) is "TX" or "FT" or "ST" or null)
        {
            foreach (var line in obx.Field(5).Repetitions())
            {
                text.Append(line.Value).Append('\n');
            }
        }
    }

    private static string DocumentKind(string code) => code switch
    {
        "DS" => "discharge summary",
        "OP" => "operative report",
        "HP" => "history and physical",
        "CN" => "consultation",
        "PN" => "progress note",
        "RAD" => "radiology report",
        "PA" => "pathology report",
        "ED" => "emergency department note",
        _ => "note",
    };

    private static string DocumentTitle(string code) => DocumentKind(code) switch
    {
        "note" => "Clinical note",
        var k => char.ToUpperInvariant(k[0]) + k[1..],
    };

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
