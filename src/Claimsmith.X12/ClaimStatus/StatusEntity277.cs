using Claimsmith.X12.Common;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>A named level of a 277 (HL 20 source, 21 receiver, 19 provider, 22 subscriber, 23 dependent, PT patient) with its trace and statuses.</summary>
public sealed class StatusEntity277
{
    /// <summary>HL03 level code.</summary>
    public required string LevelCode { get; set; }
    /// <summary>NM101 entity code.</summary>
    public string? EntityCode { get; set; }
    /// <summary>NM103 last or organisation name.</summary>
    public string? Name { get; set; }
    /// <summary>NM104 first name.</summary>
    public string? FirstName { get; set; }
    /// <summary>NM108 id qualifier.</summary>
    public string? IdQualifier { get; set; }
    /// <summary>NM109 id.</summary>
    public string? Id { get; set; }
    /// <summary>TRN02 trace numbers.</summary>
    public List<string> Traces { get; } = [];
    /// <summary>STC statuses.</summary>
    public List<StatusInfo> Statuses { get; } = [];
    /// <summary>DTP dates.</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>QTY: 90 accepted count, AA rejected count.</summary>
    public List<Quantity> Quantities { get; } = [];
    /// <summary>AMT: YU accepted amount, YY rejected amount.</summary>
    public List<Amount> Amounts { get; } = [];
}
