using Claimsmith.CodeSets.Encoder;

namespace Claimsmith.Edits.Internal;

/// <summary>A validity answer remembered for one period (a fiscal year or quarter): codes change only at period starts.</summary>
internal sealed record ValiditySlot(int Period, CodeValidity Validity);
