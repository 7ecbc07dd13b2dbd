namespace Claimsmith.Billing;

/// <summary>Accuracy for one code over the reviewed charts.</summary>
/// <param name="Code">The code.</param>
/// <param name="Agreed">Charts where coder and reviewer both reported it.</param>
/// <param name="Missed">Charts where only the reviewer reported it.</param>
/// <param name="Extra">Charts where only the coder reported it.</param>
/// <param name="Accuracy">Agreed / (agreed + missed + extra).</param>
public sealed record CodeAccuracy(string Code, int Agreed, int Missed, int Extra, decimal Accuracy);
