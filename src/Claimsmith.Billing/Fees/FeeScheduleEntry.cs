namespace Claimsmith.Billing;

/// <summary>
/// A row of a practice's fee schedule (its charge master): the charge per unit it bills for a
/// CPT/HCPCS code, with or without a modifier, over a period of dates of service. Every payer is
/// billed the same usual charge; what a payer allows is its contract rate
/// (<see cref="PayerContractRate"/>). Periods of the same code and modifier never overlap.
/// </summary>
public sealed class FeeScheduleEntry : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The practice whose charge this is.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>CPT/HCPCS code (SV101-2).</summary>
    public ProcedureCode ProcedureCode { get; set; }

    /// <summary>The modifier this charge is for, or empty for the code without one (the default).</summary>
    public string Modifier { get; set; } = "";

    /// <summary>Charge per unit.</summary>
    public Money Amount { get; set; }

    /// <summary>First date of service the charge applies to.</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last date of service the charge applies to; null while it is current.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>True when the period covers <paramref name="dateOfService"/>.</summary>
    public bool AppliesOn(DateOnly dateOfService) => EffectiveFrom <= dateOfService && (EffectiveTo is null || dateOfService <= EffectiveTo);

    /// <summary>True when the periods of this row and [<paramref name="from"/>, <paramref name="to"/>] share a day (null: open-ended).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) =>
        EffectiveFrom <= (to ?? DateOnly.MaxValue) && from <= (EffectiveTo ?? DateOnly.MaxValue);
}
