using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.Billing;
using Claimsmith.Billing.Claims.Export;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>
/// Eligibility checks per patient: <see cref="RequestAsync"/> builds the 270 for a coverage and
/// date of service, records the check and hands the file to the clearinghouse connection;
/// <see cref="RecordResponseAsync"/> reads a 271, matches each member to its check by the
/// trace number (2100C/D TRN02) and stores the plain summary.
/// </summary>
public static class EligibilityChecks
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new MoneyNumberConverter() } };

    /// <summary>Builds, records and (when <paramref name="connection"/> is given) sends a 270.</summary>
    public static async Task<EligibilityRequestResult> RequestAsync(
        ClaimsmithDbContext db, Guid coverageId, DateOnly dateOfService, Claim837ExportSettings settings, IClearinghouseConnection? connection,
        string actor, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        var coverage = await db.Coverages.AsNoTracking().FirstOrDefaultAsync(c => c.Id == coverageId, cancellationToken).ConfigureAwait(false);
        if (coverage is null)
        {
            return Refused("eligibility.coverage", "coverageId", "No such coverage.");
        }

        var patient = await db.Patients.AsNoTracking().FirstAsync(p => p.Id == coverage.PatientId, cancellationToken).ConfigureAwait(false);
        var payer = await db.Payers.AsNoTracking().FirstAsync(p => p.Id == coverage.PayerId, cancellationToken).ConfigureAwait(false);
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == patient.OrganizationId, cancellationToken).ConfigureAwait(false);

        var control = await db.NextInterchangeControlNumberAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var trace = "EC" + control.ToString("D9", CultureInfo.InvariantCulture);
        var request = EligibilityInquiryBuilder.Build(new EligibilityInquiry
        {
            Patient = patient,
            Coverage = coverage,
            Payer = payer,
            Organization = organization,
            DateOfService = dateOfService,
            TraceNumber = trace,
            Settings = settings,
        }, now, control);
        var check = new EligibilityCheck
        {
            OrganizationId = patient.OrganizationId,
            PatientId = patient.Id,
            CoverageId = coverage.Id,
            DateOfService = dateOfService,
            TraceNumber = trace,
            RequestedAt = now,
            RequestedBy = actor,
            Request = request,
        };
        db.EligibilityChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        string? sentAs = null;
        if (connection is not null)
        {
            sentAs = await connection.SendAsync(new ClearinghouseFile($"270-{control:D9}.x12", ClearinghouseTransaction.Eligibility270, request), cancellationToken).ConfigureAwait(false);
        }

        return new EligibilityRequestResult(check, request, sentAs, []);
    }

    /// <summary>
    /// Reads a 271 and stores each member's summary on the check with its trace number. When
    /// <paramref name="checkId"/> is given, a single-member 271 answers that check even if the
    /// payer did not echo the trace.
    /// </summary>
    public static async Task<EligibilityResponseResult> RecordResponseAsync(
        ClaimsmithDbContext db, byte[] content, Guid? checkId, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clock);
        var read = EligibilityReader.Read(content);
        var answers = new List<EligibilityAnswer>();
        foreach (var member in read.Members)
        {
            var traces = member.Traces.ToList();
            var check = await db.EligibilityChecks.FirstOrDefaultAsync(c => traces.Contains(c.TraceNumber), cancellationToken).ConfigureAwait(false);
            if (check is null && checkId is { } id && read.Members.Count == 1)
            {
                // A payer that does not echo the trace number: the one member answers the check the
                // file was posted to, unless the 271 names another member id than the coverage's.
                check = await db.EligibilityChecks.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
                if (check is not null && member.MemberId is { Length: > 0 } answered)
                {
                    var coverage = await db.Coverages.AsNoTracking().Where(c => c.Id == check.CoverageId).Select(c => c.MemberId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                    if (coverage is not null && !string.Equals(coverage.Trim(), answered.Trim(), StringComparison.OrdinalIgnoreCase))
                    {
                        check = null;
                    }
                }
            }

            if (check is not null)
            {
                check.Status = member.Active is null && member.Rejections.Count > 0 ? EligibilityCheckStatus.NotAnswered : EligibilityCheckStatus.Answered;
                check.AnsweredAt = clock.GetUtcNow();
                check.Active = member.Active;
                check.Plan = member.Plan is { Length: > 200 } long200 ? long200[..200] : member.Plan;
                check.ResponseSummary = JsonSerializer.Serialize(member, Json);
            }

            answers.Add(new EligibilityAnswer(check, member));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new EligibilityResponseResult(answers, read.Issues);
    }

    /// <summary>The stored 271 summary of <paramref name="check"/>; null before the answer.</summary>
    public static EligibilityBenefits? Summary(EligibilityCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.ResponseSummary is null ? null : JsonSerializer.Deserialize<EligibilityBenefits>(check.ResponseSummary, Json);
    }

    private static EligibilityRequestResult Refused(string code, string location, string message) => new(null, null, null, [new BillingIssue(code, location, message)]);

    private sealed class MoneyNumberConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Money.Of(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value.Amount);
        }
    }
}
