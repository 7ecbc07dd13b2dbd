using System.Globalization;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.Remittance;

/// <summary>
/// Writes <see cref="Remittance835"/> models as 835 transaction sets in X221A1 segment order
/// (used for test files, payer simulators and the benchmarks' generated remittances).
/// </summary>
public static class Remittance835Writer
{
    /// <summary>Writes one 835 (ST..SE) into an open group.</summary>
    public static void Write(X12Writer writer, Remittance835 remittance, string controlNumber)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginTransaction("835", controlNumber, null);
        foreach (var s in Segments(remittance))
        {
            writer.WriteSegment(s);
        }

        writer.EndTransaction();
    }

    /// <summary>Writes an interchange with one group holding the remittances.</summary>
    public static byte[] ToBytes(X12InterchangeHeader interchange, X12GroupHeader group, IEnumerable<Remittance835> remittances, X12WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(remittances);
        return X12Writer.ToBytes(w =>
        {
            w.BeginInterchange(interchange);
            w.BeginGroup(group);
            var n = 1;
            foreach (var r in remittances)
            {
                Write(w, r, r.ControlNumber ?? n.ToString("D4", CultureInfo.InvariantCulture));
                n++;
            }

            w.EndGroup();
            w.EndInterchange();
        }, options);
    }

    /// <summary>The segments between ST and SE.</summary>
    public static IEnumerable<X12Segment> Segments(Remittance835 r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var bpr = new List<string?> { r.TransactionHandlingCode, X12Values.Money(r.TotalPayment), r.CreditDebitFlag, r.PaymentMethod, r.PaymentFormat };
        for (var i = 0; i < 10; i++)
        {
            bpr.Add(i < r.BankingDetails.Count ? r.BankingDetails[i] : null);
        }

        bpr.Add(r.PaymentDateText ?? (r.PaymentDate is { } pd ? X12Values.Date(pd) : null));
        yield return new X12Segment("BPR", [.. bpr]);
        yield return new X12Segment("TRN", "1", r.TraceNumber, r.OriginatingCompanyId, r.OriginatingCompanySupplementalCode);
        if (r.Currency is not null)
        {
            yield return r.Currency;
        }

        foreach (var reference in r.References)
        {
            yield return FromReference(reference);
        }

        foreach (var d in r.Dates)
        {
            yield return new X12Segment("DTM", d.Qualifier, d.Value);
        }

        foreach (var s in Party(r.Payer).Concat(Party(r.Payee)))
        {
            yield return s;
        }

        var written = new HashSet<int>();
        foreach (var claim in r.Claims)
        {
            // Claims always sit in a 2000 loop (LX); a claim built in code without a header number goes under LX*1.
            var number = claim.HeaderNumber > 0 ? claim.HeaderNumber : 1;
            if (written.Add(number))
            {
                yield return new X12Segment("LX", number.ToString(CultureInfo.InvariantCulture));
                var header = r.Headers.Find(h => h.Number == number);
                if (header?.ProviderSummary is not null)
                {
                    yield return header.ProviderSummary;
                }

                if (header?.SupplementalSummary is not null)
                {
                    yield return header.SupplementalSummary;
                }
            }

            foreach (var s in Claim(claim))
            {
                yield return s;
            }
        }

        var i2 = 0;
        var plb = r.ProviderAdjustments;
        while (i2 < plb.Count)
        {
            var first = plb[i2];
            var e = new List<string?> { first.ProviderId, first.FiscalPeriodDate };
            var n = 0;
            while (i2 < plb.Count && plb[i2].ProviderId == first.ProviderId && plb[i2].FiscalPeriodDate == first.FiscalPeriodDate && n < 6)
            {
                e.Add(X12Segment.Composite(plb[i2].ReasonCode, plb[i2].ReferenceId));
                e.Add(X12Values.Money(plb[i2].Amount));
                i2++;
                n++;
            }

            yield return new X12Segment("PLB", [.. e]);
        }
    }

    private static IEnumerable<X12Segment> Party(Party835 p)
    {
        yield return new X12Segment("N1", p.EntityCode, p.Name, p.IdQualifier, p.Id);
        foreach (var s in FromAddress(p.Address))
        {
            yield return s;
        }

        foreach (var reference in p.References)
        {
            yield return FromReference(reference);
        }

        if (p.DeliveryMethod is not null)
        {
            yield return p.DeliveryMethod;
        }

        foreach (var c in p.Contacts)
        {
            yield return FromContact(c);
        }
    }

    private static IEnumerable<X12Segment> Claim(ClaimPayment835 c)
    {
        yield return new X12Segment("CLP", c.PatientControlNumber, c.StatusCode, X12Values.Money(c.Charge), X12Values.Money(c.Paid), X12Values.Money(c.PatientResponsibility), c.FilingIndicator, c.PayerClaimControlNumber, c.FacilityType, c.FrequencyCode, null, c.DrgCode, X12Values.Money(c.DrgWeight), X12Values.Money(c.DischargeFraction));
        foreach (var s in FromAdjustments(c.Adjustments))
        {
            yield return s;
        }

        foreach (var n in c.Names)
        {
            yield return new X12Segment("NM1", n.EntityCode, n.EntityType, n.LastOrOrganizationName, n.FirstName, n.MiddleName, null, n.Suffix, n.IdQualifier, n.Id);
        }

        if (c.InpatientAdjudication is not null)
        {
            yield return c.InpatientAdjudication;
        }

        if (c.OutpatientAdjudication is not null)
        {
            yield return c.OutpatientAdjudication;
        }

        foreach (var r in c.References)
        {
            yield return FromReference(r);
        }

        foreach (var d in c.Dates)
        {
            yield return new X12Segment("DTM", d.Qualifier, d.Value);
        }

        foreach (var p in c.Contacts)
        {
            yield return FromContact(p);
        }

        foreach (var a in c.Amounts)
        {
            yield return FromAmount(a);
        }

        foreach (var q in c.Quantities)
        {
            yield return FromQuantity(q);
        }

        foreach (var l in c.ServiceLines)
        {
            yield return new X12Segment("SVC", l.Procedure?.ToComposite(), X12Values.Money(l.Charge), X12Values.Money(l.Paid), l.RevenueCode, X12Values.Money(l.UnitsPaid), l.SubmittedProcedure?.ToComposite(), X12Values.Money(l.SubmittedUnits));
            foreach (var d in l.Dates)
            {
                yield return new X12Segment("DTM", d.Qualifier, d.Value);
            }

            foreach (var s in FromAdjustments(l.Adjustments))
            {
                yield return s;
            }

            foreach (var r in l.References)
            {
                yield return FromReference(r);
            }

            foreach (var a in l.Amounts)
            {
                yield return FromAmount(a);
            }

            foreach (var q in l.Quantities)
            {
                yield return FromQuantity(q);
            }

            foreach (var rm in l.Remarks)
            {
                yield return new X12Segment("LQ", rm.Qualifier, rm.Code);
            }
        }
    }
}
