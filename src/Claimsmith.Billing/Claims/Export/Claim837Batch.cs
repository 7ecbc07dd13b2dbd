using Claimsmith.X12.Validation;

namespace Claimsmith.Billing.Claims.Export;

/// <summary>
/// One 837 interchange written from a batch of claims, with the validator's verdict on the
/// bytes. A batch whose <see cref="Validation"/> is not accepted must not be sent.
/// </summary>
/// <param name="Kind">Professional (837P) or institutional (837I).</param>
/// <param name="Bytes">The interchange, ISA to IEA.</param>
/// <param name="ClaimNumbers">The claims it carries, in the order written.</param>
/// <param name="Validation">The X12 validator's result for <paramref name="Bytes"/>.</param>
public sealed record Claim837Batch(ClaimKind Kind, byte[] Bytes, IReadOnlyList<string> ClaimNumbers, X12ValidationResult Validation)
{
    /// <summary>True when the validator found no error.</summary>
    public bool IsAccepted => Validation.IsAccepted;
}
