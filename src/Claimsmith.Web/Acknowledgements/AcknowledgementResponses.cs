using Claimsmith.Billing;

namespace Claimsmith.Web.Acknowledgements;

/// <summary>What one acknowledgement said about one claim or transaction set, and what changed.</summary>
internal sealed record ResultRow(string Reference, Guid? ClaimId, Guid? BatchId, AcknowledgementVerdict Verdict, string Codes, string Explanation, string? PayerClaimControlNumber, string Outcome, bool Changed)
{
    public static ResultRow From(AcknowledgementResult r) => new(r.Reference, r.ClaimId, r.BatchId, r.Verdict, r.Codes, r.Explanation, r.PayerClaimControlNumber, r.Outcome, r.Changed);
}

/// <summary>The response to an uploaded 999 or 277CA.</summary>
internal sealed record AcknowledgementUploadResponse(Guid FileId, AcknowledgementKind Kind, DateTimeOffset ReceivedAt, bool AlreadyReceived, IReadOnlyList<ResultRow> Results, IReadOnlyList<string> Issues);

/// <summary>A received acknowledgement file in the list.</summary>
internal sealed record AcknowledgementFileRow(Guid Id, AcknowledgementKind Kind, string? ControlNumber, DateTimeOffset ReceivedAt, string ReceivedBy, int Results, int Accepted, int Rejected);

/// <summary>A received acknowledgement file with its results.</summary>
internal sealed record AcknowledgementFileDetail(Guid Id, AcknowledgementKind Kind, string? ControlNumber, string Sha256, DateTimeOffset ReceivedAt, string ReceivedBy, IReadOnlyList<ResultRow> Results);

/// <summary>A rejected claim in the work queue: why, since when, and how much is waiting on it.</summary>
internal sealed record RejectedClaimRow(
    Guid ClaimId, string ClaimNumber, Guid PatientId, string PayerName, DateOnly ServiceFrom, decimal Amount, DateTimeOffset RejectedAt, int AgeDays,
    string? Codes, string Reason, Guid? AcknowledgementFileId);
