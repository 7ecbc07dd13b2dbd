using System.Globalization;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.Claims;

/// <summary>
/// Writes <see cref="Submission837"/> models as 837P/837I transaction sets, segments in the
/// order the implementation guides define for each loop, HL numbers and parent links computed,
/// SE count and control numbers by <see cref="X12Writer"/>.
/// </summary>
public static class Claim837Writer
{
    // Segment order inside each loop (837P X222A1 and 837I X223A2 section 2.4, merged: a loop
    // never holds segments of both guides at once, so one list serves both).
    private static readonly string[] PartyOrder = ["NM1", "PRV", "N3", "N4", "DMG", "DTP", "REF", "PER"];
    private static readonly string[] ClaimOrder = ["CLM", "DTP", "CL1", "PWK", "CN1", "AMT", "REF", "K3", "NTE", "CR1", "CR2", "CRC", "HI", "HCP"];
    private static readonly string[] OtherSubscriberOrder = ["SBR", "CAS", "AMT", "OI", "MIA", "MOA"];
    private static readonly string[] LineOrder = ["LX", "SV1", "SV2", "SV5", "PWK", "CR1", "CR3", "CRC", "DTP", "QTY", "MEA", "CN1", "REF", "AMT", "K3", "NTE", "PS1", "HCP"];

    /// <summary>Writes one transaction set (ST..SE) into an open group.</summary>
    public static void Write(X12Writer writer, Submission837 submission, string controlNumber)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(submission);
        writer.BeginTransaction("837", controlNumber, submission.ImplementationReference);
        foreach (var s in Segments(submission))
        {
            writer.WriteSegment(s);
        }

        writer.EndTransaction();
    }

    /// <summary>
    /// Writes a whole interchange: ISA, one GS with the submissions (ST02 numbered from
    /// <paramref name="firstControlNumber"/> unless a submission carries its own), GE, IEA.
    /// </summary>
    public static void WriteInterchange(Stream output, X12InterchangeHeader interchange, X12GroupHeader group, IEnumerable<Submission837> submissions, X12WriterOptions? options = null, int firstControlNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        using var w = new X12Writer(output, options);
        w.BeginInterchange(interchange);
        w.BeginGroup(group);
        var n = firstControlNumber;
        foreach (var sub in submissions)
        {
            Write(w, sub, sub.ControlNumber ?? n.ToString("D4", CultureInfo.InvariantCulture));
            n++;
        }

        w.EndGroup();
        w.EndInterchange();
        w.Flush();
    }

    /// <summary>Writes an interchange into a byte array.</summary>
    public static byte[] ToBytes(X12InterchangeHeader interchange, X12GroupHeader group, IEnumerable<Submission837> submissions, X12WriterOptions? options = null)
    {
        using var ms = new MemoryStream();
        WriteInterchange(ms, interchange, group, submissions, options);
        return ms.ToArray();
    }

    /// <summary>The segments between ST and SE, in guide order.</summary>
    public static IEnumerable<X12Segment> Segments(Submission837 submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var sub = submission;
        yield return new X12Segment("BHT", "0019", sub.Purpose, sub.BatchId, sub.CreationDate, sub.CreationTime, sub.TransactionType);
        foreach (var s in Party(sub.Submitter))
        {
            yield return s;
        }

        foreach (var s in Party(sub.Receiver))
        {
            yield return s;
        }

        var hl = 0;
        foreach (var bp in sub.BillingProviders)
        {
            var bpId = ++hl;
            yield return Hl(bpId, null, "20", bp.Subscribers.Count > 0);
            if (bp.Specialty is { } spec)
            {
                yield return new X12Segment("PRV", spec.Code, spec.Qualifier, spec.Taxonomy);
            }

            if (bp.Currency is not null)
            {
                yield return bp.Currency;
            }

            foreach (var s in Party(bp.Provider).Concat(Party(bp.PayToAddress)).Concat(Party(bp.PayToPlan)))
            {
                yield return s;
            }

            foreach (var subscriber in bp.Subscribers)
            {
                var subId = ++hl;
                yield return Hl(subId, bpId, "22", subscriber.Patients.Count > 0);
                yield return new X12Segment("SBR", subscriber.PayerResponsibility, subscriber.RelationshipCode, subscriber.GroupNumber, subscriber.GroupName, subscriber.InsuranceTypeCode, null, null, null, subscriber.ClaimFilingIndicator);
                if (subscriber.PatientSegment is not null)
                {
                    yield return subscriber.PatientSegment;
                }

                foreach (var s in Party(subscriber.Name).Concat(Party(subscriber.Payer)))
                {
                    yield return s;
                }

                foreach (var claim in subscriber.Claims)
                {
                    foreach (var s in Claim(claim, sub.Kind))
                    {
                        yield return s;
                    }
                }

                foreach (var patient in subscriber.Patients)
                {
                    yield return Hl(++hl, subId, "23", false);
                    yield return patient.PatientSegment ?? new X12Segment("PAT", patient.RelationshipCode);
                    foreach (var s in Party(patient.Name))
                    {
                        yield return s;
                    }

                    foreach (var claim in patient.Claims)
                    {
                        foreach (var s in Claim(claim, sub.Kind))
                        {
                            yield return s;
                        }
                    }
                }
            }
        }
    }

    private static X12Segment Hl(int id, int? parent, string level, bool hasChildren) =>
        new("HL", id.ToString(CultureInfo.InvariantCulture), parent?.ToString(CultureInfo.InvariantCulture), level, hasChildren ? "1" : "0");

    private static List<X12Segment> Party(Party837? p)
    {
        if (p is null)
        {
            return [];
        }

        var list = new List<X12Segment> { FromParty(p) };
        if (p.Specialty is { } spec)
        {
            list.Add(new X12Segment("PRV", spec.Code, spec.Qualifier, spec.Taxonomy));
        }

        list.AddRange(FromAddress(p.Address));
        if (p.Demographics is { } dmg)
        {
            list.Add(new X12Segment("DMG", "D8", dmg.BirthDate, dmg.Gender));
        }

        list.AddRange(p.Dates.Select(FromDate));
        list.AddRange(p.References.Select(FromReference));
        list.AddRange(p.Contacts.Select(FromContact));
        list.AddRange(p.OtherSegments);
        return Ordered(list, PartyOrder);
    }

    private static IEnumerable<X12Segment> Claim(Claim837 c, ClaimKind kind)
    {
        var list = new List<X12Segment>
        {
            new("CLM",
                c.PatientControlNumber,
                X12Values.Money(c.TotalCharge),
                null,
                null,
                X12Segment.Composite(c.FacilityCode, c.FacilityCodeQualifier, c.FrequencyCode),
                c.ProviderSignature,
                c.AssignmentCode,
                c.BenefitsAssignment,
                c.ReleaseOfInformation,
                c.PatientSignatureSource,
                c.RelatedCauses.Count > 0 || c.AutoAccidentState is not null
                    ? X12Segment.Composite(At(c.RelatedCauses, 0), At(c.RelatedCauses, 1), At(c.RelatedCauses, 2), c.AutoAccidentState, c.AutoAccidentCountry)
                    : null,
                c.SpecialProgram,
                null, null, null, null, null, null, null,
                c.DelayReason),
        };
        list.AddRange(c.Dates.Select(FromDate));
        if (c.InstitutionalCode is { } cl1)
        {
            list.Add(new X12Segment("CL1", cl1.AdmissionType, cl1.AdmissionSource, cl1.PatientStatus));
        }

        list.AddRange(c.Attachments.Select(FromAttachment));
        list.AddRange(c.Amounts.Select(FromAmount));
        list.AddRange(c.References.Select(FromReference));
        if (c.Ambulance is not null)
        {
            list.Add(FromAmbulance(c.Ambulance));
        }

        list.AddRange(c.Conditions.Select(FromCondition));
        list.AddRange(HiSegments(c.HealthCareCodes, kind));
        list.AddRange(c.OtherSegments);
        foreach (var s in Ordered(list, ClaimOrder))
        {
            yield return s;
        }

        foreach (var p in c.Providers)
        {
            foreach (var s in Party(p))
            {
                yield return s;
            }
        }

        foreach (var o in c.OtherSubscribers)
        {
            var ol = new List<X12Segment>
            {
                new("SBR", o.PayerResponsibility, o.RelationshipCode, o.GroupNumber, o.GroupName, o.InsuranceTypeCode, null, null, null, o.ClaimFilingIndicator),
            };
            ol.AddRange(FromAdjustments(o.Adjustments));
            ol.AddRange(o.Amounts.Select(FromAmount));
            if (o.HasOtherInsuranceCoverage)
            {
                ol.Add(new X12Segment("OI", null, null, o.BenefitsAssignment, o.PatientSignatureSource, null, o.ReleaseOfInformation));
            }

            ol.AddRange(o.OtherSegments);
            foreach (var s in Ordered(ol, OtherSubscriberOrder))
            {
                yield return s;
            }

            foreach (var p in o.Parties)
            {
                foreach (var s in Party(p))
                {
                    yield return s;
                }
            }
        }

        var number = 0;
        foreach (var line in c.Lines)
        {
            number++;
            foreach (var s in Line(line, kind, line.LineNumber > 0 ? line.LineNumber : number))
            {
                yield return s;
            }
        }
    }

    private static IEnumerable<X12Segment> Line(ServiceLine837 l, ClaimKind kind, int number)
    {
        var list = new List<X12Segment> { new("LX", number.ToString(CultureInfo.InvariantCulture)) };
        if (kind == ClaimKind.Institutional || l.RevenueCode is not null)
        {
            list.Add(new X12Segment("SV2", l.RevenueCode, l.Procedure?.ToComposite(), X12Values.Money(l.Charge), l.UnitBasis, X12Values.Money(l.Units), X12Values.Money(l.UnitRate), X12Values.Money(l.NonCoveredCharge)));
        }
        else
        {
            var pointers = X12Segment.Composite(l.DiagnosisPointers.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray());
            list.Add(new X12Segment("SV1", l.Procedure?.ToComposite(), X12Values.Money(l.Charge), l.UnitBasis, X12Values.Money(l.Units), l.PlaceOfService, null, pointers, null, l.Emergency, null, l.Epsdt, l.FamilyPlanning, null, null, l.CopayStatus));
        }

        list.AddRange(l.Attachments.Select(FromAttachment));
        if (l.Ambulance is not null)
        {
            list.Add(FromAmbulance(l.Ambulance));
        }

        list.AddRange(l.Conditions.Select(FromCondition));
        list.AddRange(l.Dates.Select(FromDate));
        list.AddRange(l.Quantities.Select(FromQuantity));
        list.AddRange(l.References.Select(FromReference));
        list.AddRange(l.Amounts.Select(FromAmount));
        var forms = l.OtherSegments.Where(s => s.Id is "LQ" or "FRM").ToList();
        list.AddRange(l.OtherSegments.Where(s => s.Id is not ("LQ" or "FRM")));
        foreach (var s in Ordered(list, LineOrder))
        {
            yield return s;
        }

        if (l.Drug is { } d)
        {
            yield return new X12Segment("LIN", null, d.Qualifier, d.Ndc);
            yield return new X12Segment("CTP", null, null, X12Values.Money(d.UnitPrice), X12Values.Money(d.Quantity), d.Unit);
            foreach (var r in d.References)
            {
                yield return FromReference(r);
            }
        }

        foreach (var p in l.Providers)
        {
            foreach (var s in Party(p))
            {
                yield return s;
            }
        }

        foreach (var a in l.Adjudications)
        {
            yield return new X12Segment("SVD", a.PayerId, X12Values.Money(a.PaidAmount), a.Procedure?.ToComposite(), a.RevenueCode, X12Values.Money(a.PaidUnits), a.BundledLineNumber);
            foreach (var s in FromAdjustments(a.Adjustments))
            {
                yield return s;
            }

            foreach (var dt in a.Dates)
            {
                yield return FromDate(dt);
            }

            foreach (var am in a.Amounts)
            {
                yield return FromAmount(am);
            }
        }

        foreach (var f in forms)
        {
            yield return f;
        }
    }

    /// <summary>
    /// HI segments: consecutive codes of one family share a segment, up to 12 composites
    /// (837P: all diagnoses in one HI; 837I: principal, admitting, reason for visit, external
    /// cause, other diagnoses, procedures, occurrence span, occurrence, value, condition codes
    /// each in their own HI, as in X223A2 2300).
    /// </summary>
    private static IEnumerable<X12Segment> HiSegments(List<HealthCareCode> codes, ClaimKind kind)
    {
        var i = 0;
        while (i < codes.Count)
        {
            var family = Family(codes[i].Qualifier, kind);
            var parts = new List<string?>();
            while (i < codes.Count && Family(codes[i].Qualifier, kind) == family && parts.Count < 12)
            {
                parts.Add(codes[i].ToComposite());
                i++;
            }

            yield return new X12Segment("HI", [.. parts]);
        }
    }

    private static string Family(string qualifier, ClaimKind kind) => qualifier switch
    {
        "ABK" or "BK" => kind == ClaimKind.Professional ? "DX" : "PDX",
        "ABF" or "BF" => kind == ClaimKind.Professional ? "DX" : "ODX",
        "ABJ" or "BJ" => "ADX",
        "APR" or "PR" => "RVX",
        "ABN" or "BN" => "ECX",
        "BBR" or "BR" or "CAH" => "PPX",
        "BBQ" or "BQ" => "OPX",
        "BP" or "BO" => "ANX",
        _ => qualifier,
    };

    private static X12Segment FromAttachment(Attachment a) => new("PWK", a.ReportType, a.TransmissionCode, null, null, a.ControlNumber is null ? null : "AC", a.ControlNumber);

    private static X12Segment FromAmbulance(AmbulanceTransport a) =>
        new("CR1", a.WeightUnit, X12Values.Money(a.PatientWeight), null, a.ReasonCode, a.DistanceUnit, X12Values.Money(a.Distance), null, null, a.RoundTripPurpose, a.StretcherPurpose);

    private static X12Segment FromCondition(ConditionIndicator c) =>
        new("CRC", [c.Category, c.Response, .. c.Conditions]);

    private static string? At(IReadOnlyList<string> list, int i) => i < list.Count ? list[i] : null;

    /// <summary>Stable sort by the loop's segment order; unknown ids keep their place at the end.</summary>
    private static List<X12Segment> Ordered(List<X12Segment> segments, string[] order)
    {
        var indexed = segments.Select((s, i) => (s, i, rank: Array.IndexOf(order, s.Id) is var r and >= 0 ? r : order.Length)).ToList();
        indexed.Sort((a, b) => a.rank != b.rank ? a.rank.CompareTo(b.rank) : a.i.CompareTo(b.i));
        return indexed.ConvertAll(x => x.s);
    }
}
