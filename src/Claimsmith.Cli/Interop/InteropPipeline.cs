using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Records;
using Claimsmith.Interop;
using Claimsmith.Interop.Hl7;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Interop;

/// <summary>
/// One received HL7 message, end to end: read, map, import, keep the message with its outcome
/// (so an AE/AR message waits for review instead of being dropped), audit, and the ACK to answer.
/// </summary>
internal static class InteropPipeline
{
    public static async Task<Guid?> ResolveOrganizationAsync(ClaimsmithDbContext db, Guid? given, TextWriter error, CancellationToken ct)
    {
        if (given is { } id)
        {
            if (await db.Organizations.AnyAsync(o => o.Id == id, ct).ConfigureAwait(false))
            {
                return id;
            }

            await error.WriteLineAsync($"No organization {id}.").ConfigureAwait(false);
            return null;
        }

        var ids = await db.Organizations.Select(o => o.Id).Take(2).ToListAsync(ct).ConfigureAwait(false);
        if (ids.Count == 1)
        {
            return ids[0];
        }

        await error.WriteLineAsync(ids.Count == 0 ? "No organization yet: create one first." : "Several organizations: name one with --organization.").ConfigureAwait(false);
        return null;
    }

    public static async Task<(string Ack, InboundOutcome Outcome, IReadOnlyList<InteropIssue> Issues)> ProcessHl7Async(
        ClaimsmithDbContext db, Guid organizationId, Hl7ReadResult read, string origin, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var issues = read.Issues.ToList();
        RecordImportSummary? summary = null;
        if (read.Message is { } message && Hl7Ack.CodeFor(message, issues) != Hl7AckCode.Reject)
        {
            var mapped = Hl7RecordMapper.Map(message, now);
            issues.AddRange(mapped.Issues);
            if (Hl7Ack.CodeFor(message, issues) != Hl7AckCode.Reject && mapped.Records.Count > 0)
            {
                try
                {
                    summary = await RecordImporter.ImportAsync(db, organizationId, mapped.Records, clock, ct).ConfigureAwait(false);
                }
                catch (DbUpdateException e)
                {
                    db.ChangeTracker.Clear();
                    issues.Add(new InteropIssue("hl7.import.failed", "message", "The records could not be stored: " + (e.InnerException?.Message ?? e.Message)));
                }
            }
        }

        var code = Hl7Ack.CodeFor(read.Message, issues);
        var outcome = code switch { Hl7AckCode.Accept => InboundOutcome.Accepted, Hl7AckCode.Error => InboundOutcome.Error, _ => InboundOutcome.Rejected };
        db.InboundMessages.Add(new InboundMessage
        {
            OrganizationId = organizationId,
            Format = InboundFormat.Hl7V2,
            MessageType = read.Message?.MessageType is { Length: > 0 } t ? t[..Math.Min(t.Length, 50)] : null,
            ControlId = read.Message?.ControlId is { Length: > 0 } c ? c[..Math.Min(c.Length, 200)] : null,
            Outcome = outcome,
            Error = issues.Count == 0 ? null : string.Join("\n", issues),
            Content = read.Text,
            ReceivedAt = now,
            Origin = origin,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await Audit.CliAudit.RecordAsync(db, "hl7.import", "Patient", summary?.PatientIds.Select(i => i.ToString()).ToList(), organizationId,
            $"HL7 {read.Message?.MessageType} {read.Message?.ControlId} from {origin}: {outcome}", ct).ConfigureAwait(false);
        var ack = Hl7Ack.Build(read.Message, code, issues, now, "CS" + Guid.CreateVersion7().ToString("N")[..18]);
        return (ack, outcome, issues);
    }
}
