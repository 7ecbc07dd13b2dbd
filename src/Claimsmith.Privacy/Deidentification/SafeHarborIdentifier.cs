namespace Claimsmith.Privacy.Deidentification;

/// <summary>
/// The 18 identifiers of the HIPAA Safe Harbor method, 45 CFR 164.514(b)(2)(i)(A)-(R), in the
/// rule's order.
/// </summary>
public enum SafeHarborIdentifier
{
    /// <summary>(A) Names.</summary>
    Names = 1,
    /// <summary>(B) Geographic subdivisions smaller than a state (street, city, county, precinct, ZIP code beyond its first three digits).</summary>
    Geography = 2,
    /// <summary>(C) All elements of dates (except year) directly related to the individual, and ages over 89.</summary>
    Dates = 3,
    /// <summary>(D) Telephone numbers.</summary>
    TelephoneNumbers = 4,
    /// <summary>(E) Fax numbers.</summary>
    FaxNumbers = 5,
    /// <summary>(F) Email addresses.</summary>
    EmailAddresses = 6,
    /// <summary>(G) Social security numbers.</summary>
    SocialSecurityNumbers = 7,
    /// <summary>(H) Medical record numbers.</summary>
    MedicalRecordNumbers = 8,
    /// <summary>(I) Health plan beneficiary numbers (member and subscriber ids).</summary>
    HealthPlanBeneficiaryNumbers = 9,
    /// <summary>(J) Account numbers.</summary>
    AccountNumbers = 10,
    /// <summary>(K) Certificate/license numbers.</summary>
    CertificateLicenseNumbers = 11,
    /// <summary>(L) Vehicle identifiers and serial numbers, including license plates.</summary>
    VehicleIdentifiers = 12,
    /// <summary>(M) Device identifiers and serial numbers.</summary>
    DeviceIdentifiers = 13,
    /// <summary>(N) Web URLs.</summary>
    Urls = 14,
    /// <summary>(O) IP addresses.</summary>
    IpAddresses = 15,
    /// <summary>(P) Biometric identifiers (finger and voice prints).</summary>
    BiometricIdentifiers = 16,
    /// <summary>(Q) Full-face photographs and comparable images.</summary>
    FullFacePhotographs = 17,
    /// <summary>(R) Any other unique identifying number, characteristic, or code.</summary>
    OtherUniqueIdentifiers = 18,
}
