using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>Reads 277CA (005010X214) and 277 (005010X212) transaction sets.</summary>
public static class ClaimStatus277Reader
{
    /// <summary>Reads every 277 in an input held in memory.</summary>
    public static X12ReadResult<IReadOnlyList<ClaimStatusResponse277>> Read(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(data, options);
        var issues = new List<X12Issue>();
        var handler = new Handler();
        new EnvelopeParser(reader, handler, issues).Run();
        return new X12ReadResult<IReadOnlyList<ClaimStatusResponse277>>(handler.Results, issues);
    }

    internal static StatusInfo ToStatus(X12Segment s, TransactionContext? c)
    {
        var extra = new List<(string, string, string?)>();
        foreach (var p in new[] { 10, 11 })
        {
            if (s[p].Length > 0)
            {
                extra.Add((s.Component(p, 1), s.Component(p, 2), s.Component(p, 3) is { Length: > 0 } e ? e : null));
            }
        }

        return new StatusInfo(s.Component(1, 1), s.Component(1, 2), s.Component(1, 3) is { Length: > 0 } en ? en : null, Opt(s, 2), Opt(s, 3), DecOpt(s, 4, c), DecOpt(s, 5, c))
        {
            Additional = extra,
            Message = Opt(s, 12),
        };
    }

    private sealed class Handler : ITransactionHandler
    {
        private ClaimStatusResponse277? _r;
        private StatusEntity277? _entity;
        private StatusEntity277? _provider;
        private ClaimStatus277? _claim;
        private ServiceLineStatus277? _line;

        public List<ClaimStatusResponse277> Results { get; } = [];

        public bool BeginTransaction(TransactionContext context)
        {
            if (context.Header!.TransactionSetId != "277")
            {
                return false;
            }

            _r = new ClaimStatusResponse277 { ControlNumber = context.Header.ControlNumber, ImplementationReference = context.Header.ImplementationReference, Envelope = context.Header };
            Results.Add(_r);
            _entity = null;
            _provider = null;
            _claim = null;
            _line = null;
            return true;
        }

        public void EndTransaction(TransactionContext context) => _r = null;

        public void Segment(TransactionContext context, X12SegmentView view)
        {
            var s = view.ToSegment();
            var r = _r!;
            switch (s.Id)
            {
                case "BHT":
                    r.Reference = Opt(s, 3);
                    r.TransactionType = Opt(s, 6);
                    return;
                case "HL":
                    _line = null;
                    _claim = null;
                    _entity = new StatusEntity277 { LevelCode = s[3] };
                    context.CurrentLoop = "2000" + s[3] switch { "20" => "A", "21" => "B", "19" => "C", "22" => "D", _ => "E" };
                    switch (s[3])
                    {
                        case "20":
                            r.Sources.Add(_entity);
                            break;
                        case "21":
                            r.Receivers.Add(_entity);
                            break;
                        case "19":
                            r.Providers.Add(_entity);
                            _provider = _entity;
                            break;
                        default:
                            // 22 subscriber / 23 dependent / PT patient: a claim status level; a 22 with
                            // children (HL04 = 1) is replaced by its dependent when one follows.
                            _claim = new ClaimStatus277 { Patient = _entity, Provider = _provider };
                            if (r.Claims.Count > 0 && s[3] == "23" && r.Claims[^1].Patient.Statuses.Count == 0 && r.Claims[^1].Patient.LevelCode == "22")
                            {
                                r.Claims[^1] = _claim;
                            }
                            else
                            {
                                r.Claims.Add(_claim);
                            }

                            break;
                    }

                    return;
                case "NM1" when _entity is not null:
                    _entity.EntityCode = s[1];
                    _entity.Name = Opt(s, 3);
                    _entity.FirstName = Opt(s, 4);
                    _entity.IdQualifier = Opt(s, 8);
                    _entity.Id = Opt(s, 9);
                    return;
                case "TRN" when _entity is not null:
                    _entity.Traces.Add(s[2]);
                    return;
                case "STC" when _line is not null:
                    _line.Statuses.Add(ToStatus(s, context));
                    return;
                case "STC" when _entity is not null:
                    _entity.Statuses.Add(ToStatus(s, context));
                    return;
                case "QTY" when _entity is not null:
                    _entity.Quantities.Add(ToQuantity(s, context));
                    return;
                case "AMT" when _entity is not null:
                    _entity.Amounts.Add(ToAmount(s, context));
                    return;
                case "REF" when _line is not null:
                    _line.References.Add(ToReference(s));
                    return;
                case "REF" when _claim is not null:
                    _claim.References.Add(ToReference(s));
                    return;
                case "DTP" when _line is not null:
                    _line.Dates.Add(ToDate(s));
                    return;
                case "DTP" when _entity is not null:
                    _entity.Dates.Add(ToDate(s));
                    return;
                case "SVC" when _claim is not null:
                    _line = new ServiceLineStatus277
                    {
                        Procedure = ProcedureCode.FromComposite(Opt(s, 1)),
                        Charge = DecOpt(s, 2, context),
                        Paid = DecOpt(s, 3, context),
                        RevenueCode = Opt(s, 4),
                    };
                    _claim.ServiceLines.Add(_line);
                    context.CurrentLoop = "2220";
                    return;
                case "DMG" or "PER":
                    return;
                default:
                    context.Report(X12IssueCodes.UnplacedSegment, X12IssueSeverity.Error, s.Id, null, null, $"{s.Id} cannot be placed in a 277 here; it was ignored.", "2");
                    return;
            }
        }
    }
}
