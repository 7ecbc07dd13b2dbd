namespace Claimsmith.Billing;

/// <summary>One identifier of an imported record in its source's namespace (see <see cref="SourceIdentifier"/>).</summary>
/// <param name="System">The namespace (identifier system, resource URL base, assigning authority).</param>
/// <param name="Value">The identifier.</param>
public readonly record struct SourceKey(string System, string Value)
{
    /// <inheritdoc />
    public override string ToString() => System + "|" + Value;
}
