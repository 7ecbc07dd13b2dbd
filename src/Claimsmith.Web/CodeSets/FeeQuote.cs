using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Fees;

namespace Claimsmith.Web.CodeSets;

/// <summary>The fee schedule answer for a code: its rows and, for a locality, the facility and non-facility prices.</summary>
/// <param name="Code">The CPT/HCPCS code.</param>
/// <param name="DateOfService">The date asked about.</param>
/// <param name="Validity">Whether the code is valid on that date.</param>
/// <param name="Items">Fee schedule rows (global, 26, TC, 53).</param>
/// <param name="Locality">The locality priced, when one was given.</param>
/// <param name="NonFacility">Non-facility price of the row asked for.</param>
/// <param name="Facility">Facility price of the row asked for.</param>
public sealed record FeeQuote(string Code, DateOnly DateOfService, CodeValidity Validity, IReadOnlyList<FeeScheduleItem> Items, Locality? Locality, FeePrice? NonFacility, FeePrice? Facility);
