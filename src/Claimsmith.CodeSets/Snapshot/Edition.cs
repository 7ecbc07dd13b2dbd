namespace Claimsmith.CodeSets.Snapshot;

/// <summary>
/// The editions of one code system held in a snapshot: validity is known from
/// <see cref="KnownFrom"/> to <see cref="KnownTo"/>; <see cref="CurrentFrom"/> is where the newest
/// edition starts (ICD-10-CM/PCS fiscal years start October 1; HCPCS and the fee schedule are
/// calendar years).
/// </summary>
/// <param name="System">The code system.</param>
/// <param name="Name">The newest edition's name, e.g. <c>FY2026</c> or <c>CY2026</c>.</param>
/// <param name="KnownFrom">First date of service the imported files describe.</param>
/// <param name="CurrentFrom">First date of service of the newest edition.</param>
/// <param name="KnownTo">Last date of service of the newest edition.</param>
/// <param name="Count">Entries of this system (codes; for ICD-10-CM without chapters and sections).</param>
/// <param name="BillableCount">Entries billable in the newest edition.</param>
public sealed record Edition(CodeSystem System, string Name, DateOnly KnownFrom, DateOnly CurrentFrom, DateOnly KnownTo, int Count, int BillableCount);
