using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.Claims;

/// <summary>
/// Reads 837P (005010X222A1) and 837I (005010X223A2) transaction sets into <see cref="Submission837"/>
/// models. Loops are recognised the way the guides define them (HL level codes, NM1 entity codes,
/// CLM, SBR in 2300, LX, LIN, SVD). Bad input gives a partial model plus issues, never an exception.
/// Structural conformance to the guide is <c>X12Validator</c>'s job.
/// </summary>
public static class Claim837Reader
{
    /// <summary>Reads every 837 in an input held in memory.</summary>
    public static X12ReadResult<IReadOnlyList<Submission837>> Read(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(data, options);
        return Read(reader);
    }

    /// <summary>Reads every 837 in a stream.</summary>
    public static X12ReadResult<IReadOnlyList<Submission837>> Read(Stream stream, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = X12SegmentReader.Create(stream, options);
        return Read(reader);
    }

    /// <summary>
    /// Streams a file of any size, handing each 837 transaction set to <paramref name="onSubmission"/>
    /// as soon as its SE is read and keeping nothing afterwards (memory flat in the file size).
    /// </summary>
    public static IReadOnlyList<X12Issue> Stream(Stream stream, Action<Submission837> onSubmission, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(onSubmission);
        using var reader = X12SegmentReader.Create(stream, options);
        var issues = new List<X12Issue>();
        new EnvelopeParser(reader, new Handler(onSubmission), issues).Run();
        return issues;
    }

    private static X12ReadResult<IReadOnlyList<Submission837>> Read(X12SegmentReader reader)
    {
        var issues = new List<X12Issue>();
        var handler = new Handler();
        new EnvelopeParser(reader, handler, issues).Run();
        return new X12ReadResult<IReadOnlyList<Submission837>>(handler.Submissions, issues);
    }

    internal sealed class Handler(Action<Submission837>? onSubmission = null) : ITransactionHandler
    {
        private Submission837? _sub;
        private BillingProvider837? _bp;
        private Subscriber837? _subscriber;
        private Patient837? _patient;
        private Claim837? _claim;
        private OtherSubscriber837? _other;
        private ServiceLine837? _line;
        private Party837? _party;
        private DrugIdentification? _drug;
        private LineAdjudication837? _adjudication;

        public List<Submission837> Submissions { get; } = [];

        public bool BeginTransaction(TransactionContext context)
        {
            var header = context.Header!;
            if (header.TransactionSetId != "837")
            {
                return false;
            }

            _sub = new Submission837
            {
                Kind = header.ImplementationReference.Contains("X223", StringComparison.Ordinal) ? ClaimKind.Institutional : ClaimKind.Professional,
                ControlNumber = header.ControlNumber,
                BatchId = string.Empty,
                CreationDate = string.Empty,
                CreationTime = string.Empty,
                Submitter = new Party837 { EntityCode = "41" },
                Receiver = new Party837 { EntityCode = "40" },
                Envelope = header,
            };
            if (onSubmission is null)
            {
                Submissions.Add(_sub);
            }

            _bp = null;
            _subscriber = null;
            _patient = null;
            _claim = null;
            _other = null;
            _line = null;
            _party = null;
            _drug = null;
            _adjudication = null;
            return true;
        }

        public void EndTransaction(TransactionContext context)
        {
            if (onSubmission is not null && _sub is not null)
            {
                onSubmission(_sub);
            }

            _sub = null;
        }

        public void Segment(TransactionContext context, X12SegmentView view)
        {
            var s = view.ToSegment();
            var sub = _sub!;
            switch (s.Id)
            {
                case "BHT":
                    sub.Purpose = s[2];
                    sub.BatchId = s[3];
                    sub.CreationDate = s[4];
                    sub.CreationTime = s[5];
                    sub.TransactionType = s[6];
                    context.CurrentLoop = "HEADER";
                    return;
                case "HL":
                    OnHl(context, s);
                    return;
                case "NM1":
                    OnNm1(context, s);
                    return;
                case "CLM":
                    OnClm(context, s);
                    return;
                case "LX" when _claim is not null:
                    CloseSubLoops();
                    _other = null;
                    _line = new ServiceLine837 { LineNumber = int.TryParse(s[1], out var n) ? n : 0 };
                    _claim.Lines.Add(_line);
                    context.CurrentLoop = "2400";
                    return;
                case "SBR" when _claim is not null && _line is null:
                    CloseSubLoops();
                    _other = new OtherSubscriber837
                    {
                        PayerResponsibility = s[1],
                        RelationshipCode = Opt(s, 2),
                        GroupNumber = Opt(s, 3),
                        GroupName = Opt(s, 4),
                        InsuranceTypeCode = Opt(s, 5),
                        ClaimFilingIndicator = Opt(s, 9),
                        HasOtherInsuranceCoverage = false,
                    };
                    _claim.OtherSubscribers.Add(_other);
                    context.CurrentLoop = "2320";
                    return;
                case "LIN" when _line is not null:
                    CloseSubLoops();
                    _drug = new DrugIdentification { Qualifier = s[2], Ndc = s[3] };
                    _line.Drug = _drug;
                    context.CurrentLoop = "2410";
                    return;
                case "SVD" when _line is not null:
                    CloseSubLoops();
                    _adjudication = new LineAdjudication837
                    {
                        PayerId = s[1],
                        PaidAmount = Dec(s, 2, context),
                        Procedure = ProcedureCode.FromComposite(Opt(s, 3)),
                        RevenueCode = Opt(s, 4),
                        PaidUnits = DecOpt(s, 5, context),
                        BundledLineNumber = Opt(s, 6),
                    };
                    _line.Adjudications.Add(_adjudication);
                    context.CurrentLoop = "2430";
                    return;
            }

            if (_party is not null && TryParty(context, _party, s))
            {
                return;
            }

            _party = null;
            if (_adjudication is not null && TryAdjudication(context, _adjudication, s))
            {
                return;
            }

            _adjudication = null;
            if (_drug is not null && TryDrug(context, _drug, s))
            {
                return;
            }

            _drug = null;
            if (_line is not null)
            {
                PlaceLine(context, _line, s);
                return;
            }

            if (_other is not null && TryOther(context, _other, s))
            {
                return;
            }

            if (_claim is not null)
            {
                _other = null;
                PlaceClaim(context, _claim, s);
                return;
            }

            if (s.Id == "SBR" && _subscriber is not null)
            {
                _subscriber.PayerResponsibility = s[1];
                _subscriber.RelationshipCode = Opt(s, 2);
                _subscriber.GroupNumber = Opt(s, 3);
                _subscriber.GroupName = Opt(s, 4);
                _subscriber.InsuranceTypeCode = Opt(s, 5);
                _subscriber.ClaimFilingIndicator = Opt(s, 9);
                return;
            }

            if (s.Id == "PAT" && _patient is not null)
            {
                _patient.RelationshipCode = s[1];
                _patient.PatientSegment = s;
                return;
            }

            if (s.Id == "PAT" && _subscriber is not null)
            {
                _subscriber.PatientSegment = s;
                return;
            }

            if (s.Id == "PRV" && _bp is not null && _subscriber is null)
            {
                _bp.Specialty = (s[1], s[2], s[3]);
                return;
            }

            if (s.Id == "CUR" && _bp is not null && _subscriber is null)
            {
                _bp.Currency = s;
                return;
            }

            context.Report(X12IssueCodes.UnplacedSegment, X12IssueSeverity.Error, s.Id, null, null, $"{s.Id} cannot be placed in any 837 loop here; it was ignored.", "2");
        }

        private void CloseSubLoops()
        {
            _party = null;
            _drug = null;
            _adjudication = null;
        }

        private void OnHl(TransactionContext context, X12Segment s)
        {
            CloseSubLoops();
            _claim = null;
            _other = null;
            _line = null;
            var placeholder = new Party837 { EntityCode = "IL" };
            switch (s[3])
            {
                case "20":
                    _bp = new BillingProvider837 { Provider = new Party837 { EntityCode = "85" } };
                    _sub!.BillingProviders.Add(_bp);
                    _subscriber = null;
                    _patient = null;
                    context.CurrentLoop = "2000A";
                    break;
                case "22":
                    if (_bp is null)
                    {
                        context.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 3, null, "A subscriber level (22) appears before any billing provider level (20).", "I6");
                        _bp = new BillingProvider837 { Provider = new Party837 { EntityCode = "85" } };
                        _sub!.BillingProviders.Add(_bp);
                    }

                    _subscriber = new Subscriber837 { Name = placeholder, Payer = new Party837 { EntityCode = "PR" } };
                    _bp.Subscribers.Add(_subscriber);
                    _patient = null;
                    context.CurrentLoop = "2000B";
                    break;
                case "23":
                    if (_subscriber is null)
                    {
                        context.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 3, null, "A patient level (23) appears before any subscriber level (22).", "I6");
                        return;
                    }

                    _patient = new Patient837 { RelationshipCode = string.Empty, Name = new Party837 { EntityCode = "QC" } };
                    _subscriber.Patients.Add(_patient);
                    context.CurrentLoop = "2000C";
                    break;
                default:
                    context.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 3, null, $"HL03 '{s[3]}' is not an 837 level (20, 22, 23).", "7");
                    break;
            }
        }

        private void OnNm1(TransactionContext context, X12Segment s)
        {
            CloseSubLoops();
            var party = ToParty(s);
            _party = party;
            if (_line is not null)
            {
                _line.Providers.Add(party);
                context.CurrentLoop = "2420";
                return;
            }

            if (_other is not null)
            {
                _other.Parties.Add(party);
                context.CurrentLoop = "2330";
                return;
            }

            if (_claim is not null)
            {
                _claim.Providers.Add(party);
                context.CurrentLoop = "2310";
                return;
            }

            var sub = _sub!;
            if (_bp is null)
            {
                switch (party.EntityCode)
                {
                    case "41":
                        sub.Submitter = party;
                        context.CurrentLoop = "1000A";
                        return;
                    case "40":
                        sub.Receiver = party;
                        context.CurrentLoop = "1000B";
                        return;
                }
            }
            else if (_patient is not null)
            {
                if (party.EntityCode == "QC")
                {
                    _patient.Name = party;
                    context.CurrentLoop = "2010CA";
                    return;
                }
            }
            else if (_subscriber is not null)
            {
                switch (party.EntityCode)
                {
                    case "IL":
                        _subscriber.Name = party;
                        context.CurrentLoop = "2010BA";
                        return;
                    case "PR":
                        _subscriber.Payer = party;
                        context.CurrentLoop = "2010BB";
                        return;
                }
            }
            else
            {
                switch (party.EntityCode)
                {
                    case "85":
                        _bp.Provider = party;
                        context.CurrentLoop = "2010AA";
                        return;
                    case "87":
                        _bp.PayToAddress = party;
                        context.CurrentLoop = "2010AB";
                        return;
                    case "PE":
                        _bp.PayToPlan = party;
                        context.CurrentLoop = "2010AC";
                        return;
                }
            }

            _party = null;
            context.Report(X12IssueCodes.UnplacedSegment, X12IssueSeverity.Error, "NM1", 1, null, $"NM1 entity '{party.EntityCode}' does not belong at this place in an 837.", "2");
        }

        private void OnClm(TransactionContext context, X12Segment s)
        {
            CloseSubLoops();
            _other = null;
            _line = null;
            _claim = new Claim837
            {
                PatientControlNumber = s[1],
                TotalCharge = Dec(s, 2, context),
                FacilityCode = s.Component(5, 1),
                FacilityCodeQualifier = s.Component(5, 2),
                FrequencyCode = s.Component(5, 3),
                ProviderSignature = Opt(s, 6),
                AssignmentCode = Opt(s, 7),
                BenefitsAssignment = Opt(s, 8),
                ReleaseOfInformation = Opt(s, 9),
                PatientSignatureSource = Opt(s, 10),
                RelatedCauses = new[] { s.Component(11, 1), s.Component(11, 2), s.Component(11, 3) }.Where(x => x.Length > 0).ToArray(),
                AutoAccidentState = s.Component(11, 4) is { Length: > 0 } st ? st : null,
                AutoAccidentCountry = s.Component(11, 5) is { Length: > 0 } co ? co : null,
                SpecialProgram = Opt(s, 12),
                DelayReason = Opt(s, 20),
            };
            context.CurrentLoop = "2300";
            if (_patient is not null)
            {
                _patient.Claims.Add(_claim);
            }
            else if (_subscriber is not null)
            {
                _subscriber.Claims.Add(_claim);
            }
            else
            {
                context.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "CLM", null, null, "A claim appears before any subscriber or patient level.", "7");
            }
        }

        private bool TryParty(TransactionContext context, Party837 party, X12Segment s)
        {
            switch (s.Id)
            {
                case "N3":
                    party.Address = WithN3(party.Address, s);
                    return true;
                case "N4":
                    party.Address = WithN4(party.Address, s);
                    return true;
                case "REF":
                    party.References.Add(ToReference(s));
                    return true;
                case "PER":
                    party.Contacts.Add(ToContact(s));
                    return true;
                case "PRV":
                    party.Specialty = (s[1], s[2], s[3]);
                    return true;
                case "DMG":
                    party.Demographics = (s[2], Opt(s, 3));
                    return true;
                case "DTP" when _other is not null && _line is null:
                    party.Dates.Add(ToDate(s));
                    return true;
                default:
                    return false;
            }
        }

        private static bool TryAdjudication(TransactionContext context, LineAdjudication837 adj, X12Segment s)
        {
            switch (s.Id)
            {
                case "CAS":
                    AddAdjustments(s, adj.Adjustments, context);
                    return true;
                case "DTP":
                    adj.Dates.Add(ToDate(s));
                    return true;
                case "AMT":
                    adj.Amounts.Add(ToAmount(s, context));
                    return true;
                default:
                    return false;
            }
        }

        private static bool TryDrug(TransactionContext context, DrugIdentification drug, X12Segment s)
        {
            switch (s.Id)
            {
                case "CTP":
                    drug.UnitPrice = DecOpt(s, 3, context);
                    drug.Quantity = DecOpt(s, 4, context);
                    drug.Unit = s.Component(5, 1) is { Length: > 0 } u ? u : null;
                    return true;
                case "REF":
                    drug.References.Add(ToReference(s));
                    return true;
                default:
                    return false;
            }
        }

        private static bool TryOther(TransactionContext context, OtherSubscriber837 other, X12Segment s)
        {
            switch (s.Id)
            {
                case "CAS":
                    AddAdjustments(s, other.Adjustments, context);
                    return true;
                case "AMT":
                    other.Amounts.Add(ToAmount(s, context));
                    return true;
                case "OI":
                    other.HasOtherInsuranceCoverage = true;
                    other.BenefitsAssignment = Opt(s, 3);
                    other.PatientSignatureSource = Opt(s, 4);
                    other.ReleaseOfInformation = Opt(s, 6);
                    return true;
                case "MIA" or "MOA":
                    other.OtherSegments.Add(s);
                    return true;
                default:
                    return false;
            }
        }

        private static void PlaceLine(TransactionContext context, ServiceLine837 line, X12Segment s)
        {
            switch (s.Id)
            {
                case "SV1":
                    line.Procedure = ProcedureCode.FromComposite(Opt(s, 1));
                    line.Charge = Dec(s, 2, context);
                    line.UnitBasis = s[3];
                    line.Units = Dec(s, 4, context);
                    line.PlaceOfService = Opt(s, 5);
                    for (var c = 1; c <= 4; c++)
                    {
                        var p = s.Component(7, c);
                        if (p.Length == 0)
                        {
                            continue;
                        }

                        if (int.TryParse(p, out var ptr))
                        {
                            line.DiagnosisPointers.Add(ptr);
                        }
                        else
                        {
                            context.Report(X12IssueCodes.InvalidValue, X12IssueSeverity.Error, "SV1", 7, c, $"Diagnosis pointer '{p}' is not a number.", "6");
                        }
                    }

                    line.Emergency = Opt(s, 9);
                    line.Epsdt = Opt(s, 11);
                    line.FamilyPlanning = Opt(s, 12);
                    line.CopayStatus = Opt(s, 15);
                    return;
                case "SV2":
                    line.RevenueCode = Opt(s, 1);
                    line.Procedure = ProcedureCode.FromComposite(Opt(s, 2));
                    line.Charge = Dec(s, 3, context);
                    line.UnitBasis = s[4];
                    line.Units = Dec(s, 5, context);
                    line.UnitRate = DecOpt(s, 6, context);
                    line.NonCoveredCharge = DecOpt(s, 7, context);
                    return;
                case "PWK":
                    line.Attachments.Add(new Attachment(s[1], s[2], Opt(s, 6)));
                    return;
                case "CR1":
                    line.Ambulance = ToAmbulance(s, context);
                    return;
                case "CRC":
                    line.Conditions.Add(ToCondition(s));
                    return;
                case "DTP":
                    line.Dates.Add(ToDate(s));
                    return;
                case "QTY":
                    line.Quantities.Add(ToQuantity(s, context));
                    return;
                case "REF":
                    line.References.Add(ToReference(s));
                    return;
                case "AMT":
                    line.Amounts.Add(ToAmount(s, context));
                    return;
                default:
                    line.OtherSegments.Add(s);
                    return;
            }
        }

        private static void PlaceClaim(TransactionContext context, Claim837 claim, X12Segment s)
        {
            switch (s.Id)
            {
                case "DTP":
                    claim.Dates.Add(ToDate(s));
                    return;
                case "CL1":
                    claim.InstitutionalCode = new InstitutionalClaimCode(Opt(s, 1), Opt(s, 2), Opt(s, 3));
                    return;
                case "PWK":
                    claim.Attachments.Add(new Attachment(s[1], s[2], Opt(s, 6)));
                    return;
                case "AMT":
                    claim.Amounts.Add(ToAmount(s, context));
                    return;
                case "REF":
                    claim.References.Add(ToReference(s));
                    return;
                case "CR1":
                    claim.Ambulance = ToAmbulance(s, context);
                    return;
                case "CRC":
                    claim.Conditions.Add(ToCondition(s));
                    return;
                case "HI":
                    for (var i = 1; i <= s.Elements.Count; i++)
                    {
                        if (s[i].Length > 0)
                        {
                            claim.HealthCareCodes.Add(HealthCareCode.FromComposite(s, i));
                        }
                    }

                    return;
                default:
                    claim.OtherSegments.Add(s);
                    return;
            }
        }

        private static AmbulanceTransport ToAmbulance(X12Segment s, TransactionContext context) => new()
        {
            WeightUnit = Opt(s, 1),
            PatientWeight = DecOpt(s, 2, context),
            ReasonCode = Opt(s, 4),
            DistanceUnit = Opt(s, 5),
            Distance = DecOpt(s, 6, context),
            RoundTripPurpose = Opt(s, 9),
            StretcherPurpose = Opt(s, 10),
        };

        private static ConditionIndicator ToCondition(X12Segment s) =>
            new(s[1], s[2], Enumerable.Range(3, 5).Select(i => s[i]).Where(v => v.Length > 0).ToArray());
    }
}
