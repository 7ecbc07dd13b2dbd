using Claimsmith.Billing;

namespace Claimsmith.Data.Privacy;

/// <summary>
/// Every property that holds protected health information and is encrypted at rest, as a path
/// from its aggregate root through owned types. The purpose bound into each value is
/// <c>{Root}.{Path}</c>. Account numbers and claim numbers stay in clear: they are the
/// organisation's own keys for lookup and uniqueness, and carry no name, date or address.
/// </summary>
public static class PhiColumns
{
    private static readonly string[] PersonAddress = ["Line1", "Line2", "City", "PostalCode"];

    /// <summary>The protected properties, by aggregate root.</summary>
    public static IReadOnlyList<(Type Root, string Path)> All { get; } =
    [
        .. Paths(typeof(Patient), "LastName", "FirstName", "MiddleName", "BirthDate", "Phone"),
        .. Paths(typeof(Patient), PersonAddress.Select(p => "Address." + p).ToArray()),
        .. Paths(typeof(Coverage), "MemberId", "Subscriber.LastName", "Subscriber.FirstName", "Subscriber.BirthDate"),
        .. Paths(typeof(Coverage), PersonAddress.Select(p => "Subscriber.Address." + p).ToArray()),
        .. Paths(typeof(ClinicalDocument), "Text"),
        .. Paths(typeof(Claim), "Patient.LastName", "Patient.FirstName", "Patient.MiddleName", "Patient.BirthDate"),
        .. Paths(typeof(Claim), PersonAddress.Select(p => "Patient.Address." + p).ToArray()),
        .. Paths(typeof(Claim), "Subscriber.MemberId", "Subscriber.LastName", "Subscriber.FirstName", "Subscriber.BirthDate"),
        .. Paths(typeof(Claim), PersonAddress.Select(p => "Subscriber.Address." + p).ToArray()),
        .. Paths(typeof(Claim), "OtherCoverages.MemberId", "OtherCoverages.SubscriberLastName", "OtherCoverages.SubscriberFirstName", "OtherCoverages.SubscriberBirthDate"),
        // Evidence of a coding suggestion is a quotation of the note.
        .. Paths(typeof(SuggestedCode), "Evidence.Text"),
        // Lab values and imaging impressions imported from EHRs are clinical content like note text,
        // and a kept HL7 message or bundle carries names, birth dates and member ids.
        .. Paths(typeof(ClinicalObservation), "Value", "Impression"),
        .. Paths(typeof(InboundMessage), "Content"),
        // The released 837 carries every name, birth date, address and member id of its claims.
        .. Paths(typeof(ClaimBatch), "Content"),
        // Notes on a denial work item quote the record.
        .. Paths(typeof(DenialWorkItemEvent), "Text"),
        // A 270 names the subscriber and patient with birth dates and the member id.
        .. Paths(typeof(EligibilityCheck), "Request"),
        // A stored statement carries the patient's name, address and visits.
        .. Paths(typeof(StatementRecord), "PatientName", "Content"),
        .. Paths(typeof(StatementRecord), PersonAddress.Select(p => "Address." + p).ToArray()),
        // Appeal reasons and notes may quote the record.
        .. Paths(typeof(Appeal), "Reason", "Notes"),
        .. Paths(typeof(AppealEvent), "Note"),
        .. Paths(typeof(PaymentPlan), "Note"),
    ];

    /// <summary>Shadow column of <see cref="Patient"/>: blind index of the normalised last name.</summary>
    public const string LastNameIndex = "LastNameIndex";

    /// <summary>Shadow column of <see cref="Patient"/>: blind index of the normalised first name.</summary>
    public const string FirstNameIndex = "FirstNameIndex";

    /// <summary>Shadow column of <see cref="Patient"/>: blind index of the birth date.</summary>
    public const string BirthDateIndex = "BirthDateIndex";

    /// <summary>The purpose string bound into a value of <paramref name="root"/>.<paramref name="path"/>.</summary>
    public static string Purpose(Type root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root.Name + "." + path;
    }

    private static IEnumerable<(Type, string)> Paths(Type root, params string[] paths) => paths.Select(p => (root, p));
}
