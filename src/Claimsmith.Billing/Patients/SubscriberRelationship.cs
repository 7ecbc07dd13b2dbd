namespace Claimsmith.Billing;

/// <summary>
/// The patient's relationship to the insurance subscriber, with the X12 individual
/// relationship code (837 SBR02 = 18 when self, PAT01 otherwise).
/// </summary>
public enum SubscriberRelationship
{
    /// <summary>18: the patient is the subscriber.</summary>
    Self = 18,
    /// <summary>01: spouse.</summary>
    Spouse = 1,
    /// <summary>19: child.</summary>
    Child = 19,
    /// <summary>G8: other relationship.</summary>
    Other = 99,
}
