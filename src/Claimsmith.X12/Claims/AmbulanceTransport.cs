namespace Claimsmith.X12.Claims;

/// <summary>CR1 ambulance transport information (837P 2300/2400).</summary>
public sealed record AmbulanceTransport
{
    /// <summary>CR101 weight unit (LB).</summary>
    public string? WeightUnit { get; init; }
    /// <summary>CR102 patient weight.</summary>
    public decimal? PatientWeight { get; init; }
    /// <summary>CR104 transport reason code (A-E).</summary>
    public string? ReasonCode { get; init; }
    /// <summary>CR105 distance unit (DH miles).</summary>
    public string? DistanceUnit { get; init; }
    /// <summary>CR106 transport distance.</summary>
    public decimal? Distance { get; init; }
    /// <summary>CR109 round trip purpose.</summary>
    public string? RoundTripPurpose { get; init; }
    /// <summary>CR110 stretcher purpose.</summary>
    public string? StretcherPurpose { get; init; }
}
