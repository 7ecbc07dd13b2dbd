using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Claimsmith.Billing;

/// <summary>
/// Plain words for the codes that 999 and 277CA acknowledgements carry: the claim status
/// category (STC01-1, code source 507), the claim status (STC01-2, code source 508), the entity
/// (STC01-3, entity identifier code 98) and the 999 IK3/IK4/IK5 error codes. A compact table
/// of the codes billers meet most; an unknown code is shown as the code itself.
/// </summary>
public static class AcknowledgementCodes
{
    // Code source 507: the category says where the claim is; the A codes are the front-end
    // (acknowledgement) categories that a 277CA uses.
    private static readonly FrozenDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["A0"] = "forwarded to another entity",
        ["A1"] = "received (not yet accepted for adjudication)",
        ["A2"] = "accepted into the adjudication system",
        ["A3"] = "returned as unprocessable",
        ["A4"] = "not found in the payer's system",
        ["A5"] = "split upon acceptance",
        ["A6"] = "rejected for missing information",
        ["A7"] = "rejected for invalid information",
        ["A8"] = "rejected for a relational field in error",
        ["DR01"] = "received for data reporting",
        ["DR02"] = "accepted for data reporting",
        ["DR03"] = "returned as unprocessable (data reporting)",
        ["E0"] = "response not possible: error in the submitted request",
        ["E1"] = "response not possible: system status",
        ["E2"] = "information holder not responding",
        ["E3"] = "correction required: relational field in error",
        ["E4"] = "trading partner agreement specific requirement not met",
        ["P0"] = "pending: adjudication details",
        ["P1"] = "pending: in process",
        ["P2"] = "pending: payer review",
        ["P3"] = "pending: waiting for information from the provider",
        ["P4"] = "pending: waiting for information from the patient",
        ["F0"] = "finalized",
        ["F1"] = "finalized: paid",
        ["F2"] = "finalized: denied",
        ["F4"] = "finalized: adjudication complete, no payment forthcoming",
        ["R0"] = "additional information requested",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Code source 508: the most common claim status codes on 277CA rejections and acceptances.
    private static readonly FrozenDictionary<string, string> Statuses = new Dictionary<string, string>
    {
        ["0"] = "cannot provide further status electronically",
        ["1"] = "see the remittance advice for details",
        ["3"] = "adjudicated, awaiting the payment cycle",
        ["15"] = "requested information not provided as requested",
        ["16"] = "forwarded to another entity",
        ["19"] = "entity acknowledges receipt",
        ["20"] = "accepted for processing",
        ["21"] = "missing or invalid information",
        ["33"] = "subscriber and subscriber ID do not match",
        ["35"] = "claim not found",
        ["78"] = "duplicate of a claim already processed",
        ["97"] = "patient eligibility not found with the payer",
        ["116"] = "claim sent to the wrong payer",
        ["145"] = "entity's primary identifier",
        ["158"] = "entity's date of birth",
        ["164"] = "entity's contract or member number",
        ["187"] = "date(s) of service",
        ["247"] = "line information",
        ["254"] = "principal diagnosis code",
        ["255"] = "diagnosis code",
        ["400"] = "claim is out of balance",
        ["453"] = "procedure code modifier(s)",
        ["454"] = "procedure code for the services rendered",
        ["496"] = "submitter not approved to submit claims electronically for this entity",
        ["562"] = "entity's National Provider Identifier (NPI)",
        ["732"] = "information inconsistent with billing guidelines",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Entity identifier code (98): whom the status code is about.
    private static readonly FrozenDictionary<string, string> Entities = new Dictionary<string, string>
    {
        ["03"] = "dependent",
        ["1P"] = "provider",
        ["40"] = "receiver",
        ["41"] = "submitter",
        ["71"] = "attending physician",
        ["77"] = "service location",
        ["82"] = "rendering provider",
        ["85"] = "billing provider",
        ["87"] = "pay-to provider",
        ["DN"] = "referring provider",
        ["IL"] = "subscriber",
        ["PR"] = "payer",
        ["QC"] = "patient",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // 999 IK501 transaction set acknowledgment code.
    private static readonly FrozenDictionary<string, string> TransactionVerdicts = new Dictionary<string, string>
    {
        ["A"] = "accepted",
        ["E"] = "accepted, but errors were noted",
        ["M"] = "rejected: message authentication code failed",
        ["R"] = "rejected",
        ["W"] = "rejected: assurance failed validity tests",
        ["X"] = "rejected: content could not be analysed",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // 999 IK502 syntax error codes (718).
    private static readonly FrozenDictionary<string, string> TransactionErrors = new Dictionary<string, string>
    {
        ["1"] = "transaction set not supported",
        ["2"] = "trailer missing",
        ["3"] = "control numbers in header and trailer do not match",
        ["4"] = "number of included segments does not match the actual count",
        ["5"] = "one or more segments in error",
        ["6"] = "missing or invalid transaction set identifier",
        ["7"] = "missing or invalid transaction set control number",
        ["23"] = "transaction set control number not unique within the group",
        ["I5"] = "implementation: one or more segments in error",
        ["I6"] = "implementation convention not supported",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // 999 IK304 segment syntax error codes.
    private static readonly FrozenDictionary<string, string> SegmentErrors = new Dictionary<string, string>
    {
        ["1"] = "unrecognized segment",
        ["2"] = "unexpected segment",
        ["3"] = "required segment missing",
        ["4"] = "loop occurs over its maximum",
        ["5"] = "segment exceeds its maximum use",
        ["6"] = "segment not in the defined transaction set",
        ["7"] = "segment not in proper sequence",
        ["8"] = "segment has data element errors",
        ["I4"] = "segment used although the guide says not used",
        ["I6"] = "implementation dependent segment missing",
        ["I7"] = "loop occurs under its minimum",
        ["I8"] = "segment below its minimum use",
        ["I9"] = "implementation dependent 'not used' segment present",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // 999 IK403 element syntax error codes.
    private static readonly FrozenDictionary<string, string> ElementErrors = new Dictionary<string, string>
    {
        ["1"] = "required element missing",
        ["2"] = "conditional required element missing",
        ["3"] = "too many elements",
        ["4"] = "element too short",
        ["5"] = "element too long",
        ["6"] = "invalid character",
        ["7"] = "invalid code value",
        ["8"] = "invalid date",
        ["9"] = "invalid time",
        ["10"] = "exclusion condition violated",
        ["12"] = "too many repetitions",
        ["13"] = "too many components",
        ["I10"] = "implementation 'not used' element present",
        ["I11"] = "implementation too few repetitions",
        ["I12"] = "implementation pattern match failure",
        ["I13"] = "implementation dependent 'not used' element present",
        ["I6"] = "code value not used in the implementation",
        ["I9"] = "implementation dependent element missing",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The claim status category (STC01-1) in words, or the code when unknown.</summary>
    public static string Category(string code) => Lookup(Categories, code);

    /// <summary>The claim status code (STC01-2) in words, or the code when unknown.</summary>
    public static string Status(string code) => Lookup(Statuses, code);

    /// <summary>The entity identifier code (STC01-3) in words, or the code when unknown.</summary>
    public static string Entity(string code) => Lookup(Entities, code);

    /// <summary>The 999 IK501 code in words.</summary>
    public static string TransactionVerdict(string code) => Lookup(TransactionVerdicts, code);

    /// <summary>The 999 IK502 code in words.</summary>
    public static string TransactionError(string code) => Lookup(TransactionErrors, code);

    /// <summary>The 999 IK304 code in words.</summary>
    public static string SegmentError(string code) => Lookup(SegmentErrors, code);

    /// <summary>The 999 IK403 code in words.</summary>
    public static string ElementError(string code) => Lookup(ElementErrors, code);

    /// <summary>
    /// The verdict a 277CA status category implies: A2/A5 (and data-reporting DR02) accepted; A3,
    /// A4, A6-A8, DR03-DR07 and E categories rejected; anything else received.
    /// </summary>
    public static AcknowledgementVerdict VerdictOfCategory(string category) => category switch
    {
        "A2" or "A5" or "DR02" or "DR08" => AcknowledgementVerdict.Accepted,
        "A3" or "A4" or "A6" or "A7" or "A8" or "DR03" or "DR04" or "DR05" or "DR06" or "DR07" => AcknowledgementVerdict.Rejected,
        _ when category.StartsWith('E') => AcknowledgementVerdict.Rejected,
        _ => AcknowledgementVerdict.Received,
    };

    /// <summary>
    /// One STC composite in words, e.g. <c>A7:562:85</c> becomes
    /// "rejected for invalid information: entity's National Provider Identifier (NPI) (billing provider)".
    /// </summary>
    public static string DescribeStatus(string category, string? status, string? entity)
    {
        ArgumentNullException.ThrowIfNull(category);
        var text = new StringBuilder(Category(category));
        if (!string.IsNullOrEmpty(status))
        {
            text.Append(": ").Append(Status(status));
        }

        if (!string.IsNullOrEmpty(entity))
        {
            text.Append(" (").Append(Entity(entity)).Append(')');
        }

        return text.ToString();
    }

    private static string Lookup(FrozenDictionary<string, string> table, string code) =>
        table.TryGetValue(code, out var text) ? text : string.Create(CultureInfo.InvariantCulture, $"code {code}");
}
