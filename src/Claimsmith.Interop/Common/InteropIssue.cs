namespace Claimsmith.Interop;

/// <summary>
/// A problem found in untrusted input: a stable <paramref name="Code"/> (tests and callers match on
/// it), where it is (<c>MSH-9</c>, <c>segment 4 (OBX) field 5</c>, <c>entry[3].resource</c>), and a
/// plain message. Errors stop the record they concern; warnings are told and the record is kept.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>hl7.msh.missing</c>, <c>fhir.reference.missing</c>.</param>
/// <param name="Location">Where in the input.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="IsError">True for errors, false for warnings.</param>
public sealed record InteropIssue(string Code, string Location, string Message, bool IsError = true)
{
    /// <summary>A warning.</summary>
    public static InteropIssue Warning(string code, string location, string message) => new(code, location, message, false);

    /// <inheritdoc />
    public override string ToString() => $"{(IsError ? "error" : "warning")} {Code} at {Location}: {Message}";
}
