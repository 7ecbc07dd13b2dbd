namespace Claimsmith.Edits.History;

/// <summary>
/// Earlier claims of a patient, for the duplicate and global-surgery edits. The billing core
/// answers this from its database; <see cref="InMemoryClaimHistory"/> serves tests and dry runs.
/// </summary>
public interface IClaimHistory
{
    /// <summary>Service lines of the patient's earlier claims dated within [<paramref name="from"/>, <paramref name="to"/>], excluding the claim <paramref name="exceptClaimId"/>.</summary>
    IReadOnlyList<PriorService> GetServices(string patientId, DateOnly from, DateOnly to, string exceptClaimId);
}
