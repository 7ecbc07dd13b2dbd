namespace Claimsmith.Billing;

/// <summary>
/// A problem found in billing data supplied by a person or a file: a stable <paramref name="Code"/>
/// (for programs and tests), the <paramref name="Location"/> (a field path such as
/// <c>lines[2].modifiers[0]</c>) and a plain <paramref name="Message"/>.
/// </summary>
public sealed record BillingIssue(string Code, string Location, string Message);
