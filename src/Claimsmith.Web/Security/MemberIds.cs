namespace Claimsmith.Web.Security;

/// <summary>
/// Minimum necessary (HIPAA 164.502(b)): lists show only the last four characters of member and
/// subscriber IDs; the full ID is on the record itself for the task that needs it.
/// </summary>
internal static class MemberIds
{
    public static string Mask(string? memberId)
    {
        if (string.IsNullOrEmpty(memberId))
        {
            return memberId ?? "";
        }

        var keep = memberId.Length > 4 ? 4 : Math.Max(0, memberId.Length - 2);
        return new string('*', memberId.Length - keep) + memberId[^keep..];
    }
}
