namespace Claimsmith.X12.Acknowledgments;

/// <summary>IK4: an error in one element of a segment named by the enclosing IK3.</summary>
/// <param name="ElementPosition">IK401-1.</param>
/// <param name="ComponentPosition">IK401-2.</param>
/// <param name="RepetitionPosition">IK401-3.</param>
/// <param name="ReferenceNumber">IK402 data element reference number.</param>
/// <param name="ErrorCode">IK403: 1 required missing, 2 conditional missing, 3 too many elements, 4 too short, 5 too long, 6 invalid character, 7 invalid code, 8 invalid date, 9 invalid time, 10 exclusion violated, 12 too many repeats, 13 too many components, I10-I13, I6, I9.</param>
/// <param name="BadValue">IK404 copy of the bad data element.</param>
public sealed record ElementError999(int ElementPosition, int? ComponentPosition, int? RepetitionPosition, string? ReferenceNumber, string ErrorCode, string? BadValue);
