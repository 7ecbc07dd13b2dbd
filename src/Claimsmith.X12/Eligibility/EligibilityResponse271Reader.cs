using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.Eligibility;

/// <summary>Reads 271 eligibility responses.</summary>
public static class EligibilityResponse271Reader
{
    /// <summary>Reads every 271 in an input held in memory.</summary>
    public static X12ReadResult<IReadOnlyList<EligibilityResponse271>> Read(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(data, options);
        var issues = new List<X12Issue>();
        var handler = new Handler();
        new EnvelopeParser(reader, handler, issues).Run();
        return new X12ReadResult<IReadOnlyList<EligibilityResponse271>>(handler.Results, issues);
    }

    private sealed class Handler : ITransactionHandler
    {
        private EligibilityResponse271? _r;
        private string _level = string.Empty;
        private EligibilityMember271? _member;
        private EligibilityBenefit? _benefit;
        private bool _inEntities;

        public List<EligibilityResponse271> Results { get; } = [];

        public bool BeginTransaction(TransactionContext context)
        {
            if (context.Header!.TransactionSetId != "271")
            {
                return false;
            }

            _r = new EligibilityResponse271 { ControlNumber = context.Header.ControlNumber, Envelope = context.Header };
            Results.Add(_r);
            _level = string.Empty;
            _member = null;
            _benefit = null;
            _inEntities = false;
            return true;
        }

        public void EndTransaction(TransactionContext context) => _r = null;

        public void Segment(TransactionContext context, X12SegmentView view)
        {
            var s = view.ToSegment();
            var r = _r!;
            if (_inEntities && s.Id != "LE")
            {
                if (s.Id == "NM1")
                {
                    _benefit?.RelatedEntities.Add((s[1], Opt(s, 3), Opt(s, 8), Opt(s, 9)));
                }

                return;
            }

            switch (s.Id)
            {
                case "BHT":
                    r.Reference = Opt(s, 3);
                    return;
                case "HL":
                    _level = s[3];
                    _benefit = null;
                    _member = null;
                    if (_level is "22" or "23")
                    {
                        _member = new EligibilityMember271 { LevelCode = _level };
                        r.Members.Add(_member);
                    }

                    context.CurrentLoop = "2000" + _level switch { "20" => "A", "21" => "B", "22" => "C", _ => "D" };
                    return;
                case "NM1":
                    if (_member is not null)
                    {
                        _member.LastName = Opt(s, 3);
                        _member.FirstName = Opt(s, 4);
                        _member.MemberId = Opt(s, 9);
                    }
                    else if (_level == "20")
                    {
                        r.PayerName = Opt(s, 3);
                        r.PayerId = Opt(s, 9);
                    }
                    else if (_level == "21")
                    {
                        r.ProviderName = Opt(s, 3);
                        r.ProviderId = Opt(s, 9);
                    }

                    return;
                case "AAA":
                    var rejection = new RequestRejection(s[1], Opt(s, 3), Opt(s, 4));
                    (_member?.Rejections ?? r.Rejections).Add(rejection);
                    return;
                case "TRN" when _member is not null:
                    _member.Traces.Add(s[2]);
                    return;
                case "N3" when _member is not null:
                    _member.Address = WithN3(_member.Address, s);
                    return;
                case "N4" when _member is not null:
                    _member.Address = WithN4(_member.Address, s);
                    return;
                case "DMG" when _member is not null:
                    _member.BirthDate = X12Values.ParseDate(s[2]);
                    _member.Gender = Opt(s, 3);
                    return;
                case "REF" when _benefit is not null:
                    _benefit.References.Add(ToReference(s));
                    return;
                case "REF" when _member is not null:
                    _member.References.Add(ToReference(s));
                    return;
                case "DTP" when _benefit is not null:
                    _benefit.Dates.Add(ToDate(s));
                    return;
                case "DTP" when _member is not null:
                    _member.Dates.Add(ToDate(s));
                    return;
                case "EB" when _member is not null:
                    _benefit = new EligibilityBenefit
                    {
                        InformationCode = s[1],
                        CoverageLevel = Opt(s, 2),
                        InsuranceType = Opt(s, 4),
                        PlanDescription = Opt(s, 5),
                        TimePeriod = Opt(s, 6),
                        Amount = DecOpt(s, 7, context),
                        Percent = DecOpt(s, 8, context),
                        QuantityQualifier = Opt(s, 9),
                        Quantity = DecOpt(s, 10, context),
                        AuthorizationRequired = Opt(s, 11),
                        InNetwork = Opt(s, 12),
                    };
                    foreach (var rep in s[3].Split(X12Segment.RepetitionSeparator, StringSplitOptions.RemoveEmptyEntries))
                    {
                        _benefit.ServiceTypes.Add(rep);
                    }

                    _member.Benefits.Add(_benefit);
                    context.CurrentLoop = "2110" + (_level == "22" ? "C" : "D");
                    return;
                case "MSG" when _benefit is not null:
                    _benefit.Messages.Add(s[1]);
                    return;
                case "LS":
                    _inEntities = true;
                    return;
                case "LE":
                    _inEntities = false;
                    return;
                case "N3" or "N4" or "PER" or "PRV" or "INS" or "HI" or "MPI" or "III" or "HSD" or "EQ":
                    return;
                default:
                    context.Report(X12IssueCodes.UnplacedSegment, X12IssueSeverity.Error, s.Id, null, null, $"{s.Id} cannot be placed in a 271 here; it was ignored.", "2");
                    return;
            }
        }
    }
}
