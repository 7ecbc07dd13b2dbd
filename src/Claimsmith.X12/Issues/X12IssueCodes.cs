namespace Claimsmith.X12.Issues;

/// <summary>Stable issue codes. Tests and callers match on these; messages may change.</summary>
public static class X12IssueCodes
{
    // Tokenizer
    /// <summary>The input does not start with an ISA segment.</summary>
    public const string MissingIsa = "X12-TOK-MISSING-ISA";
    /// <summary>The ISA is not 106 bytes with separators where X12.5 puts them.</summary>
    public const string MalformedIsa = "X12-TOK-MALFORMED-ISA";
    /// <summary>The input ends mid-segment.</summary>
    public const string TruncatedSegment = "X12-TOK-TRUNCATED";
    /// <summary>A segment exceeds the length bound.</summary>
    public const string SegmentTooLong = "X12-TOK-SEGMENT-TOO-LONG";
    /// <summary>A segment exceeds the element-count bound.</summary>
    public const string TooManyElements = "X12-TOK-TOO-MANY-ELEMENTS";
    /// <summary>A segment identifier is not 2-3 upper-case letters/digits.</summary>
    public const string InvalidSegmentId = "X12-TOK-INVALID-SEGMENT-ID";
    /// <summary>An element repeats more often than the bound allows.</summary>
    public const string TooManyRepetitions = "X12-TOK-TOO-MANY-REPEATS";
    /// <summary>The input is empty.</summary>
    public const string EmptyInput = "X12-TOK-EMPTY";

    // Envelope
    /// <summary>IEA missing at the end of an interchange.</summary>
    public const string MissingIea = "X12-ENV-MISSING-IEA";
    /// <summary>IEA01 does not equal the number of groups.</summary>
    public const string IeaCountMismatch = "X12-ENV-IEA-COUNT";
    /// <summary>IEA02 does not equal ISA13.</summary>
    public const string IeaControlMismatch = "X12-ENV-IEA-CONTROL";
    /// <summary>GE missing at the end of a group.</summary>
    public const string MissingGe = "X12-ENV-MISSING-GE";
    /// <summary>GE01 does not equal the number of transactions.</summary>
    public const string GeCountMismatch = "X12-ENV-GE-COUNT";
    /// <summary>GE02 does not equal GS06.</summary>
    public const string GeControlMismatch = "X12-ENV-GE-CONTROL";
    /// <summary>SE missing at the end of a transaction.</summary>
    public const string MissingSe = "X12-ENV-MISSING-SE";
    /// <summary>SE01 does not equal the number of segments ST..SE.</summary>
    public const string SeCountMismatch = "X12-ENV-SE-COUNT";
    /// <summary>SE02 does not equal ST02.</summary>
    public const string SeControlMismatch = "X12-ENV-SE-CONTROL";
    /// <summary>A segment appears outside the envelope where it cannot (e.g. ST outside GS).</summary>
    public const string UnexpectedEnvelopeSegment = "X12-ENV-UNEXPECTED";
    /// <summary>An ISA element is invalid (control number, usage indicator, ...).</summary>
    public const string InvalidIsaElement = "X12-ENV-ISA-ELEMENT";
    /// <summary>A control number is reused within its scope.</summary>
    public const string DuplicateControlNumber = "X12-ENV-DUPLICATE-CONTROL";
    /// <summary>GS08 / ST03 name a version or transaction the reader does not support.</summary>
    public const string UnsupportedTransaction = "X12-ENV-UNSUPPORTED";

    // Structure (implementation guide)
    /// <summary>A segment is not defined in the transaction or not at this place.</summary>
    public const string UnexpectedSegment = "X12-IG-UNEXPECTED-SEGMENT";
    /// <summary>A required segment is missing.</summary>
    public const string MissingSegment = "X12-IG-MISSING-SEGMENT";
    /// <summary>A required loop is missing.</summary>
    public const string MissingLoop = "X12-IG-MISSING-LOOP";
    /// <summary>A segment repeats more than the guide allows.</summary>
    public const string SegmentRepeatExceeded = "X12-IG-SEGMENT-REPEAT";
    /// <summary>A loop repeats more than the guide allows.</summary>
    public const string LoopRepeatExceeded = "X12-IG-LOOP-REPEAT";
    /// <summary>A required element is empty.</summary>
    public const string MissingElement = "X12-IG-MISSING-ELEMENT";
    /// <summary>An element the guide marks Not Used is present.</summary>
    public const string ElementNotUsed = "X12-IG-ELEMENT-NOT-USED";
    /// <summary>More elements than the segment defines.</summary>
    public const string TooManyElementsForSegment = "X12-IG-TOO-MANY-ELEMENTS";
    /// <summary>An element is shorter than its minimum length.</summary>
    public const string ElementTooShort = "X12-IG-ELEMENT-TOO-SHORT";
    /// <summary>An element is longer than its maximum length.</summary>
    public const string ElementTooLong = "X12-IG-ELEMENT-TOO-LONG";
    /// <summary>An element does not match its data type (number, decimal, date, time).</summary>
    public const string InvalidElementType = "X12-IG-ELEMENT-TYPE";
    /// <summary>An element has a code the guide does not list.</summary>
    public const string InvalidCode = "X12-IG-INVALID-CODE";
    /// <summary>A date element is not a real calendar date.</summary>
    public const string InvalidDate = "X12-IG-INVALID-DATE";
    /// <summary>A time element is not a real time.</summary>
    public const string InvalidTime = "X12-IG-INVALID-TIME";
    /// <summary>An element repeats more than allowed.</summary>
    public const string ElementRepeatExceeded = "X12-IG-ELEMENT-REPEAT";
    /// <summary>An HL segment's id, parent or level is wrong.</summary>
    public const string HierarchyError = "X12-IG-HL";
    /// <summary>Loops nest deeper than the bound.</summary>
    public const string LoopDepthExceeded = "X12-IG-LOOP-DEPTH";

    // Cross-field rules
    /// <summary>An NPI fails the Luhn check over prefix 80840 or is not 10 digits.</summary>
    public const string InvalidNpi = "X12-RULE-NPI";
    /// <summary>CLM02 does not equal the sum of the service line charges.</summary>
    public const string ClaimChargeMismatch = "X12-RULE-CLAIM-CHARGE";
    /// <summary>Claim frequency code (CLM05-3) is not valid.</summary>
    public const string InvalidFrequencyCode = "X12-RULE-FREQUENCY";
    /// <summary>A corrected or void claim lacks the payer claim control number (REF*F8).</summary>
    public const string MissingOriginalReference = "X12-RULE-ORIGINAL-REF";
    /// <summary>ICD-10 and ICD-9 diagnosis qualifiers are mixed in one claim.</summary>
    public const string MixedDiagnosisQualifiers = "X12-RULE-DX-FAMILY";
    /// <summary>Billing provider ZIP code is not 9 digits.</summary>
    public const string BillingZipNotNineDigits = "X12-RULE-BILLING-ZIP";
    /// <summary>A diagnosis pointer points at no diagnosis.</summary>
    public const string InvalidDiagnosisPointer = "X12-RULE-DX-POINTER";

    // 835 balancing
    /// <summary>Service line: charge - adjustments != paid.</summary>
    public const string LineUnbalanced = "X12-835-LINE-BALANCE";
    /// <summary>Claim: charge - adjustments != paid.</summary>
    public const string ClaimUnbalanced = "X12-835-CLAIM-BALANCE";
    /// <summary>Claim payment does not equal the sum of its line payments.</summary>
    public const string ClaimLinesUnbalanced = "X12-835-CLAIM-LINES";
    /// <summary>BPR02 != sum of claim payments - provider adjustments.</summary>
    public const string CheckUnbalanced = "X12-835-CHECK-BALANCE";

    // Typed readers
    /// <summary>A value a typed reader needs could not be parsed.</summary>
    public const string InvalidValue = "X12-READ-INVALID-VALUE";
    /// <summary>A segment was found where the typed reader could not place it.</summary>
    public const string UnplacedSegment = "X12-READ-UNPLACED";
}
