namespace Claimsmith.Billing;

/// <summary>A service line on a claim (loop 2400: LX, SV1/SV2, DTP*472, REF*6R, 2410 drug).</summary>
public sealed class ClaimLine : ServiceLine
{
    public Guid ClaimId { get; set; }
    /// <summary>1-based line number (LX01).</summary>
    public int LineNumber { get; set; }
    /// <summary>Line item control number (REF*6R), echoed by the payer in 835 REF*6R.</summary>
    public string LineControlNumber { get; set; } = "";
    /// <summary>How prior payers adjudicated this line, for a secondary or tertiary claim (loop 2430).</summary>
    public List<ClaimLineAdjudication> OtherPayerAdjudications { get; set; } = [];

    /// <summary>A claim line copied from an encounter charge.</summary>
    public static ClaimLine From(ChargeLine charge, Guid claimId, int lineNumber, string lineControlNumber)
    {
        var line = new ClaimLine { ClaimId = claimId, LineNumber = lineNumber, LineControlNumber = lineControlNumber };
        line.CopyFrom(charge);
        return line;
    }

    /// <summary>A copy of <paramref name="source"/> for another claim (a secondary, corrected or void claim).</summary>
    public static ClaimLine CopyOf(ClaimLine source, Guid claimId, int lineNumber, string lineControlNumber)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = new ClaimLine { ClaimId = claimId, LineNumber = lineNumber, LineControlNumber = lineControlNumber };
        line.CopyFrom(source);
        line.SetPointers(source.Pointers());
        line.OtherPayerAdjudications = [.. source.OtherPayerAdjudications];
        return line;
    }
}
