using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Validation;

/// <summary>
/// Cross-field rules of the 837 guides that syntax validators tend to miss: NPI check digits,
/// claim charge = sum of line charges (X222A1/X223A2 CLM02 note), claim frequency codes and the
/// original reference for corrections (REF*F8 required when CLM05-3 is 7 or 8), one diagnosis
/// code family per claim, diagnosis pointers within range, and the billing provider's 9-digit ZIP
/// (2010AA N403 note).
/// </summary>
internal sealed class ClaimRules(ClaimKind kind, X12ValidationOptions options)
{
    private static readonly HashSet<string> Icd10 = new(["ABK", "ABF", "ABJ", "APR", "ABN", "BBR", "BBQ"], StringComparer.Ordinal);
    private static readonly HashSet<string> Icd9 = new(["BK", "BF", "BJ", "PR", "BN", "BR", "BQ"], StringComparer.Ordinal);

    private bool _inClaim;
    private long _claimSegment;
    private int _claimPosition;
    private decimal _charge;
    private decimal _lineSum;
    private int _lines;
    private string _frequency = string.Empty;
    private bool _hasOriginalReference;
    private bool _icd10;
    private bool _icd9;
    private int _diagnoses;

    public void Segment(TransactionContext c, X12Segment s, string loop)
    {
        switch (s.Id)
        {
            case "NM1" when s[8] == "XX" && s[9].Length > 0:
                if (!X12Values.IsValidNpi(s[9]))
                {
                    c.Report(X12IssueCodes.InvalidNpi, options.IdentifierRuleSeverity, "NM1", 9, null, $"NPI '{s[9]}' is not 10 digits with a valid check digit (Luhn over prefix 80840).", "7", loop);
                }

                break;
            case "N4" when loop == "2010AA" && s[4].Length == 0:
                if (s[3].Length != 9 || !s[3].All(char.IsAsciiDigit))
                {
                    c.Report(X12IssueCodes.BillingZipNotNineDigits, options.IdentifierRuleSeverity, "N4", 3, null, $"The billing provider ZIP code '{s[3]}' must have all 9 digits (2010AA N403).", "5", loop);
                }

                break;
            case "HL":
                Finish(c);
                break;
            case "CLM":
                Finish(c);
                StartClaim(c, s, loop);
                break;
            case "REF" when loop == "2300" && s[1] == "F8":
                _hasOriginalReference = true;
                break;
            case "HI" when _inClaim && loop == "2300":
                for (var e = 1; e <= s.Elements.Count; e++)
                {
                    var q = s.Component(e, 1);
                    _icd10 |= Icd10.Contains(q);
                    _icd9 |= Icd9.Contains(q);
                    if (q is "ABK" or "ABF" or "BK" or "BF")
                    {
                        _diagnoses++;
                    }
                }

                if (_icd10 && _icd9)
                {
                    c.Report(X12IssueCodes.MixedDiagnosisQualifiers, X12IssueSeverity.Error, "HI", 1, 1, "ICD-10 (ABK/ABF/...) and ICD-9 (BK/BF/...) qualifiers are mixed in one claim.", "7", loop);
                    _icd9 = false;
                }

                break;
            case "SV1" when _inClaim:
                _lines++;
                _lineSum += X12Values.ParseDecimal(s[2]) ?? 0;
                for (var k = 1; k <= 4; k++)
                {
                    var p = s.Component(7, k);
                    if (p.Length > 0 && (!int.TryParse(p, out var ptr) || ptr < 1 || ptr > _diagnoses || ptr > 12))
                    {
                        c.Report(X12IssueCodes.InvalidDiagnosisPointer, X12IssueSeverity.Error, "SV1", 7, k, $"Diagnosis pointer '{p}' does not point at one of the claim's {_diagnoses} diagnoses.", "7", loop);
                    }
                }

                break;
            case "SV2" when _inClaim:
                _lines++;
                _lineSum += X12Values.ParseDecimal(s[3]) ?? 0;
                break;
        }
    }

    public void End(TransactionContext c) => Finish(c);

    private void StartClaim(TransactionContext c, X12Segment s, string loop)
    {
        _inClaim = true;
        _claimSegment = c.SegmentNumber;
        _claimPosition = c.PositionInTransaction;
        _charge = X12Values.ParseDecimal(s[2]) ?? 0;
        _lineSum = 0;
        _lines = 0;
        _frequency = s.Component(5, 3);
        _hasOriginalReference = false;
        _icd10 = false;
        _icd9 = false;
        _diagnoses = 0;
        // Professional: 1 original, 6 corrected (legacy), 7 replacement, 8 void (X222A1 CLM05-3 note, NUBC frequency codes).
        // Institutional: the third digit of the type of bill: 0-5, 7, 8, 9 (NUBC UB-04 FL 4).
        var valid = kind == ClaimKind.Professional
            ? _frequency is "1" or "6" or "7" or "8"
            : _frequency is "0" or "1" or "2" or "3" or "4" or "5" or "7" or "8" or "9";
        if (!valid)
        {
            c.Report(X12IssueCodes.InvalidFrequencyCode, X12IssueSeverity.Error, "CLM", 5, 3, $"Claim frequency code '{_frequency}' is not valid for this claim type.", "7", loop);
        }
    }

    private void Finish(TransactionContext c)
    {
        if (!_inClaim)
        {
            return;
        }

        _inClaim = false;
        if (_lines > 0 && _lineSum != _charge)
        {
            c.ReportAt(_claimSegment, _claimPosition, X12IssueCodes.ClaimChargeMismatch, X12IssueSeverity.Error, "CLM", 2, null, $"CLM02 total charge {_charge} does not equal the sum of the line charges {_lineSum}.", "7", "2300");
        }

        if (_frequency is "7" or "8" && !_hasOriginalReference)
        {
            c.ReportAt(_claimSegment, _claimPosition, X12IssueCodes.MissingOriginalReference, X12IssueSeverity.Error, "REF", null, null, $"A {(_frequency == "7" ? "replacement" : "void")} claim (frequency {_frequency}) needs the payer claim control number in REF*F8.", "I6", "2300");
        }
    }
}
