using System.Runtime.CompilerServices;
using System.Text;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Remittance;

/// <summary>
/// Reads 835 (005010X221A1) transaction sets into <see cref="Remittance835"/> models straight
/// from the tokenizer's spans (amounts parse without allocating; strings are made only for kept
/// values), then applies <see cref="RemittanceBalance"/>. Bad input gives partial models and issues.
/// </summary>
public static class Remittance835Reader
{
    /// <summary>Reads every 835 in an input held in memory.</summary>
    public static X12ReadResult<IReadOnlyList<Remittance835>> Read(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(data, options);
        return Read(reader);
    }

    /// <summary>Reads every 835 in a stream.</summary>
    public static X12ReadResult<IReadOnlyList<Remittance835>> Read(Stream stream, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = X12SegmentReader.Create(stream, options);
        return Read(reader);
    }

    /// <summary>
    /// Streams a file of any size, handing each remittance to <paramref name="onRemittance"/> as
    /// soon as its SE is read and keeping nothing afterwards, so memory stays flat in the file size.
    /// </summary>
    public static IReadOnlyList<X12Issue> Stream(Stream stream, Action<Remittance835> onRemittance, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(onRemittance);
        using var reader = X12SegmentReader.Create(stream, options);
        var issues = new List<X12Issue>();
        var handler = new Handler(onRemittance);
        new EnvelopeParser(reader, handler, issues).Run();
        return issues;
    }

    private static X12ReadResult<IReadOnlyList<Remittance835>> Read(X12SegmentReader reader)
    {
        var issues = new List<X12Issue>();
        var list = new List<Remittance835>();
        var handler = new Handler(list.Add);
        new EnvelopeParser(reader, handler, issues).Run();
        return new X12ReadResult<IReadOnlyList<Remittance835>>(list, issues);
    }

    internal sealed class Handler(Action<Remittance835> onRemittance) : ITransactionHandler
    {
        private Remittance835? _r;
        private Party835? _party;
        private ClaimPayment835? _claim;
        private ServicePayment835? _line;
        private int _header;
        private int _lastClaimCount;

        /// <summary>Largest claim-list capacity taken from the previous remittance.</summary>
        private const int MaxClaimCapacityHint = 1024;

        public bool BeginTransaction(TransactionContext context)
        {
            if (context.Header!.TransactionSetId != "835")
            {
                return false;
            }

            // Remittances of one file tend to be of similar size: start the claim list at the previous
            // one's count (bounded, so one huge remittance cannot make every later one reserve its size)
            // instead of growing it through 4, 8, 16, ... and copying each time.
            _r = new Remittance835(Math.Min(_lastClaimCount, MaxClaimCapacityHint)) { ControlNumber = context.Header.ControlNumber, Envelope = context.Header };
            _party = null;
            _claim = null;
            _line = null;
            _header = 0;
            context.CurrentLoop = "HEADER";
            return true;
        }

        public void EndTransaction(TransactionContext context)
        {
            var r = _r!;
            _lastClaimCount = r.Claims.Count;
            var balance = RemittanceBalance.Check(r);
            for (var i = 0; i < balance.Count; i++)
            {
                context.Issues.Add(balance[i]);
            }

            _r = null;
            onRemittance(r);
        }

        [SkipLocalsInit]
        public void Segment(TransactionContext c, X12SegmentView view)
        {
            var r = _r!;
            Span<int> scratch = stackalloc int[40];
            var s = new ElementIndex(view, scratch);
            var id = s.Id;
            if (id.Length == 3)
            {
                switch (id[0], id[1], id[2])
                {
                    case ((byte)'C', (byte)'L', (byte)'P'):
                        _party = null;
                        _line = null;
                        _claim = new ClaimPayment835
                        {
                            HeaderNumber = _header,
                            PatientControlNumber = s.String(1) ?? string.Empty,
                            StatusCode = s.Code(2) ?? string.Empty,
                            Charge = Dec(c, s, 3),
                            Paid = Dec(c, s, 4),
                            PatientResponsibility = DecOpt(c, s, 5),
                            FilingIndicator = s.Code(6),
                            PayerClaimControlNumber = s.String(7),
                            FacilityType = s.Code(8),
                            FrequencyCode = s.Code(9),
                            DrgCode = s.Code(11),
                            DrgWeight = DecOpt(c, s, 12),
                            DischargeFraction = DecOpt(c, s, 13),
                            SegmentNumber = c.SegmentNumber,
                        };
                        r.Claims.Add(_claim);
                        c.CurrentLoop = "2100";
                        return;
                    case ((byte)'S', (byte)'V', (byte)'C'):
                        if (_claim is null)
                        {
                            break;
                        }

                        _line = new ServicePayment835
                        {
                            Procedure = s.Procedure(1),
                            Charge = Dec(c, s, 2),
                            Paid = Dec(c, s, 3),
                            RevenueCode = s.Code(4),
                            UnitsPaid = DecOpt(c, s, 5),
                            SubmittedProcedure = s.Procedure(6),
                            SubmittedUnits = DecOpt(c, s, 7),
                            SegmentNumber = c.SegmentNumber,
                        };
                        _claim.ServiceLines.Add(_line);
                        c.CurrentLoop = "2110";
                        return;
                    case ((byte)'C', (byte)'A', (byte)'S'):
                        if (_line is not null)
                        {
                            AddCas(c, s, ref _line.AdjustmentItems);
                            return;
                        }

                        if (_claim is not null)
                        {
                            AddCas(c, s, ref _claim.AdjustmentItems);
                            return;
                        }

                        break;
                    case ((byte)'D', (byte)'T', (byte)'M'):
                        if (_claim is null && _party is not null)
                        {
                            break;
                        }

                        var date = DateOf(s, view.Delimiters.Element);
                        if (_line is not null)
                        {
                            _line.DateItems.Add(date);
                        }
                        else if (_claim is not null)
                        {
                            _claim.DateItems.Add(date);
                        }
                        else
                        {
                            r.Dates.Add(date);
                        }

                        return;
                    case ((byte)'A', (byte)'M', (byte)'T'):
                        var amount = AmountOf(c, s, view.Delimiters.Element);
                        if (_line is not null)
                        {
                            _line.AmountItems.Add(amount);
                            return;
                        }

                        if (_claim is not null)
                        {
                            _claim.AmountItems.Add(amount);
                            return;
                        }

                        break;
                    case ((byte)'Q', (byte)'T', (byte)'Y'):
                        var q = new Quantity(s.Code(1) ?? string.Empty, Dec(c, s, 2));
                        if (_line is not null)
                        {
                            _line.QuantityItems.Add(q);
                            return;
                        }

                        if (_claim is not null)
                        {
                            _claim.QuantityItems.Add(q);
                            return;
                        }

                        break;
                    case ((byte)'R', (byte)'E', (byte)'F'):
                        var reference = new Reference(s.Code(1) ?? string.Empty, s.String(2) ?? string.Empty, s.String(3));
                        if (_line is not null)
                        {
                            _line.ReferenceItems.Add(reference);
                        }
                        else if (_claim is not null)
                        {
                            _claim.ReferenceItems.Add(reference);
                        }
                        else
                        {
                            (_party?.References ?? r.References).Add(reference);
                        }

                        return;
                    case ((byte)'N', (byte)'M', (byte)'1'):
                        if (_claim is null)
                        {
                            break;
                        }

                        // Short names repeat across claims (surnames, first names), so they share strings like codes do.
                        _claim.NameItems.Add(new Name835(s.Code(1) ?? string.Empty, s.Code(2) ?? string.Empty, s.Code(3), s.Code(4), s.Code(5), s.Code(7), s.Code(8), s.String(9)));
                        return;
                    case ((byte)'M', (byte)'I', (byte)'A'):
                        if (_claim is null)
                        {
                            break;
                        }

                        _claim.InpatientAdjudication = view.ToSegment();
                        return;
                    case ((byte)'M', (byte)'O', (byte)'A'):
                        if (_claim is null)
                        {
                            break;
                        }

                        _claim.OutpatientAdjudication = view.ToSegment();
                        return;
                    case ((byte)'P', (byte)'E', (byte)'R'):
                        var contact = SegmentMapping.ToContact(view.ToSegment());
                        if (_claim is not null)
                        {
                            _claim.ContactItems.Add(contact);
                        }
                        else
                        {
                            _party?.Contacts.Add(contact);
                        }

                        return;
                    case ((byte)'B', (byte)'P', (byte)'R'):
                        r.TransactionHandlingCode = s.Code(1) ?? string.Empty;
                        r.TotalPayment = Dec(c, s, 2);
                        r.CreditDebitFlag = s.Code(3) ?? string.Empty;
                        r.PaymentMethod = s.Code(4) ?? string.Empty;
                        r.PaymentFormat = s.Code(5);
                        var banking = new string?[10];
                        for (var i = 0; i < banking.Length; i++)
                        {
                            banking[i] = s.String(6 + i);
                        }

                        r.BankingDetails = banking;
                        r.PaymentDateText = s.Code(16);
                        r.PaymentDate = X12SegmentView.TryParseDate(s[16], out var paid) ? paid : null;
                        r.SegmentNumber = c.SegmentNumber;
                        return;
                    case ((byte)'T', (byte)'R', (byte)'N'):
                        r.TraceNumber = s.String(2);
                        r.OriginatingCompanyId = s.String(3);
                        r.OriginatingCompanySupplementalCode = s.String(4);
                        return;
                    case ((byte)'P', (byte)'L', (byte)'B'):
                        _claim = null;
                        _line = null;
                        _party = null;
                        c.CurrentLoop = "SUMMARY";
                        var providerId = s.String(1) ?? string.Empty;
                        var period = s.Code(2) ?? string.Empty;
                        for (var i = 3; i + 1 <= 14; i += 2)
                        {
                            if (!s.Has(i))
                            {
                                continue;
                            }

                            r.ProviderAdjustments.Add(new ProviderAdjustment835(providerId, period, s.Component(i, 1) ?? string.Empty, s.Component(i, 2), Dec(c, s, i + 1)));
                        }

                        return;
                    case ((byte)'C', (byte)'U', (byte)'R'):
                        r.Currency = view.ToSegment();
                        return;
                    case ((byte)'T', (byte)'S', (byte)'3') when r.Headers.Count > 0 && _claim is null:
                        r.Headers[^1].ProviderSummary = view.ToSegment();
                        return;
                    case ((byte)'T', (byte)'S', (byte)'2') when r.Headers.Count > 0 && _claim is null:
                        r.Headers[^1].SupplementalSummary = view.ToSegment();
                        return;
                    case ((byte)'R', (byte)'D', (byte)'M') when _party is not null:
                        _party.DeliveryMethod = view.ToSegment();
                        return;
                }
            }
            else if (id.Length == 2)
            {
                switch (id[0], id[1])
                {
                    case ((byte)'N', (byte)'1'):
                        _claim = null;
                        _line = null;
                        _party = new Party835 { EntityCode = s.Code(1) ?? string.Empty, Name = s.String(2), IdQualifier = s.Code(3), Id = s.String(4) };
                        if (_party.EntityCode == "PR")
                        {
                            r.Payer = _party;
                            c.CurrentLoop = "1000A";
                        }
                        else
                        {
                            r.Payee = _party;
                            c.CurrentLoop = "1000B";
                        }

                        return;
                    case ((byte)'N', (byte)'3') when _party is not null:
                        _party.Address = SegmentMapping.WithN3(_party.Address, view.ToSegment());
                        return;
                    case ((byte)'N', (byte)'4') when _party is not null:
                        _party.Address = SegmentMapping.WithN4(_party.Address, view.ToSegment());
                        return;
                    case ((byte)'L', (byte)'X'):
                        _party = null;
                        _claim = null;
                        _line = null;
                        _header = X12SegmentView.TryParseDecimal(s[1], out var n) && n is > 0 and < int.MaxValue ? (int)n : 0;
                        r.Headers.Add(new ClaimHeader835 { Number = _header });
                        c.CurrentLoop = "2000";
                        return;
                    case ((byte)'L', (byte)'Q') when _line is not null:
                        _line.RemarkItems.Add(new RemarkCode(s.Code(1) ?? string.Empty, s.Code(2) ?? string.Empty));
                        return;
                }
            }

            c.Report(X12IssueCodes.UnplacedSegment, X12IssueSeverity.Error, Encoding.ASCII.GetString(id), null, null, "This segment cannot be placed in any 835 loop here; it was ignored.", "2");
        }

        /// <summary>
        /// DTM01 qualifier and DTM02 date. DateReference is immutable and the same service or statement
        /// date repeats on many lines, so a two-element DTM seen before is shared rather than rebuilt.
        /// </summary>
        private static DateReference DateOf(ElementIndex s, byte elementSeparator)
        {
            var key = s.Count == 2 ? s.From(1) : default;
            if (SharedValues<DateReference>.Find(key, elementSeparator) is { } shared)
            {
                return shared;
            }

            var date = new DateReference(s.Code(1) ?? string.Empty, "D8", s.Code(2) ?? string.Empty);
            SharedValues<DateReference>.Add(key, elementSeparator, date);
            return date;
        }

        /// <summary>
        /// AMT01-03. Amount is immutable and allowed amounts repeat for a procedure under one fee
        /// schedule, so an AMT seen before is shared; one whose number does not parse is never cached,
        /// so its issue is reported every time.
        /// </summary>
        private static Amount AmountOf(TransactionContext c, ElementIndex s, byte elementSeparator)
        {
            var key = s.Count <= 3 ? s.From(1) : default;
            if (SharedValues<Amount>.Find(key, elementSeparator) is { } shared)
            {
                return shared;
            }

            var amount = new Amount(s.Code(1) ?? string.Empty, Dec(c, s, 2), s.Code(3));
            if (s[2].IsEmpty || X12SegmentView.TryParseDecimal(s[2], out _))
            {
                SharedValues<Amount>.Add(key, elementSeparator, amount);
            }

            return amount;
        }

        [SkipLocalsInit]
        private static void AddCas(TransactionContext c, ElementIndex s, ref OneOrMany<Adjustment> into)
        {
            var groupBytes = s[1];
            var group = Codes.Get(groupBytes) ?? string.Empty;
            var split = into.Last is { } last && last.Group == group;
            var separator = (int)s.ElementSeparator;
            Span<byte> key = stackalloc byte[SharedValues<Adjustment>.MaxLength];
            for (var i = 2; i + 1 <= 19; i += 3)
            {
                if (!s.Has(i))
                {
                    continue;
                }

                // Group, reason, amount and quantity joined by the element separator (which none of
                // them can contain) identify the adjustment; the segment-split flag is in the tag.
                // Adjustment is immutable and a reason with one amount repeats across lines under a
                // fee schedule, so one seen before is shared. Values that do not parse are never cached.
                var keyLength = AdjustmentKey(key, groupBytes, s[i], s[i + 1], s[i + 2], (byte)separator);
                var tag = separator | (split ? 0x100 : 0);
                var cacheable = keyLength > 0;
                if (cacheable && SharedValues<Adjustment>.Find(key[..keyLength], tag) is { } shared)
                {
                    into.Add(shared);
                    split = false;
                    continue;
                }

                var adjustment = new Adjustment(group, s.Code(i)!, Dec(c, s, i + 1), DecOpt(c, s, i + 2)) { StartsNewSegment = split };
                if (cacheable && (s[i + 1].IsEmpty || X12SegmentView.TryParseDecimal(s[i + 1], out _)) && (s[i + 2].IsEmpty || X12SegmentView.TryParseDecimal(s[i + 2], out _)))
                {
                    SharedValues<Adjustment>.Add(key[..keyLength], tag, adjustment);
                }

                into.Add(adjustment);
                split = false;
            }
        }

        /// <summary>Writes group, reason, amount and quantity joined by <paramref name="separator"/>; 0 when they do not fit.</summary>
        private static int AdjustmentKey(Span<byte> key, ReadOnlySpan<byte> group, ReadOnlySpan<byte> reason, ReadOnlySpan<byte> amount, ReadOnlySpan<byte> quantity, byte separator)
        {
            var length = group.Length + reason.Length + amount.Length + quantity.Length + 3;
            if (length > key.Length)
            {
                return 0;
            }

            var at = 0;
            group.CopyTo(key);
            at += group.Length;
            key[at++] = separator;
            reason.CopyTo(key[at..]);
            at += reason.Length;
            key[at++] = separator;
            amount.CopyTo(key[at..]);
            at += amount.Length;
            key[at++] = separator;
            quantity.CopyTo(key[at..]);
            return length;
        }

        private static decimal Dec(TransactionContext c, ElementIndex s, int position)
        {
            var e = s[position];
            if (e.IsEmpty)
            {
                return 0;
            }

            if (X12SegmentView.TryParseDecimal(e, out var d))
            {
                return d;
            }

            c.Report(X12IssueCodes.InvalidValue, X12IssueSeverity.Error, s.IdString, position, null, $"'{Encoding.UTF8.GetString(e)}' is not a number.", "6");
            return 0;
        }

        private static decimal? DecOpt(TransactionContext c, ElementIndex s, int position) =>
            s[position].IsEmpty ? null : Dec(c, s, position);
    }
}
