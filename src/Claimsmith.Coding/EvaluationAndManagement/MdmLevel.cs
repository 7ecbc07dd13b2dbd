namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>Level of medical decision making (2021 office E/M table), also used for each element.</summary>
public enum MdmLevel
{
    /// <summary>Straightforward (minimal).</summary>
    Straightforward = 0,

    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Moderate.</summary>
    Moderate = 2,

    /// <summary>High (extensive).</summary>
    High = 3,
}
