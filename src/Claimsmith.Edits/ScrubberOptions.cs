using Claimsmith.Edits.History;
using Claimsmith.Edits.Ncci;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Edits;

/// <summary>The tables and context a <see cref="ClaimScrubber"/> runs with. Absent tables turn their edits off.</summary>
public sealed record ScrubberOptions
{
    /// <summary>NCCI PTP edits for practitioner (professional) claims.</summary>
    public PtpTable? PractitionerPtp { get; init; }

    /// <summary>NCCI PTP edits for hospital outpatient (institutional) claims.</summary>
    public PtpTable? HospitalPtp { get; init; }

    /// <summary>Practitioner MUEs.</summary>
    public MueTable? PractitionerMue { get; init; }

    /// <summary>Outpatient hospital MUEs.</summary>
    public MueTable? HospitalMue { get; init; }

    /// <summary>Payer profiles and user-written payer rules.</summary>
    public PayerRuleSet PayerRules { get; init; } = PayerRuleSet.Empty;

    /// <summary>Earlier claims, for duplicates and global periods (null turns those edits off).</summary>
    public IClaimHistory? History { get; init; }

    /// <summary>The clock ("not in the future", timely filing).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Warn on unspecified diagnosis codes that have specific siblings.</summary>
    public bool UnspecifiedWarnings { get; init; } = true;

    /// <summary>Remind of use-additional-code notes whose codes are missing (info findings).</summary>
    public bool UseAdditionalReminders { get; init; } = true;
}
