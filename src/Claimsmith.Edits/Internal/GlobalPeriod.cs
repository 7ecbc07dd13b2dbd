namespace Claimsmith.Edits.Internal;

/// <summary>MPFS global surgery days (000, 010, 090; others carry no postoperative period).</summary>
internal enum GlobalPeriod : byte
{
    None = 0,
    Zero = 1,
    Ten = 2,
    Ninety = 3,
}
