using Claimsmith.Data;
using Claimsmith.Data.Audit;

namespace Claimsmith.Cli.Audit;

/// <summary>
/// Audit entries for what an operator does with patient data from the command line (HIPAA
/// 164.312(b)): the same hash-chained log the web host writes, with the operating-system user as
/// the actor and "cli" as the address.
/// </summary>
internal static class CliAudit
{
    public static Task RecordAsync(
        ClaimsmithDbContext db,
        string action,
        string recordType,
        IReadOnlyCollection<string>? recordIds,
        Guid? organizationId,
        string detail,
        CancellationToken cancellationToken) =>
        AuditLog.AppendAsync(
            db,
            new AuditRecord(action, AuditOutcome.Success, UserName: "os:" + Environment.UserName, OrganizationId: organizationId, RecordType: recordType, RecordIds: recordIds, ClientAddress: "cli", Detail: detail),
            TimeProvider.System,
            cancellationToken);
}
