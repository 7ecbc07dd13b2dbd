using Claimsmith.Edits.Claims;

namespace Claimsmith.Edits.Tests.Fixtures;

/// <summary>Clean synthetic claims that tests change one thing at a time.</summary>
internal static class TestClaims
{
    public static readonly DateOnly Dos = new(2026, 1, 15);

    /// <summary>A valid NPI (the CMS check-digit example).</summary>
    public const string Npi = "1234567893";

    public const string OtherNpi = "1245319599";

    public static ScrubLine Line(int number, string code, params string[] modifiers) => new()
    {
        Number = number,
        ProcedureCode = code,
        Modifiers = modifiers,
        Units = 1,
        Charge = 100m,
        DiagnosisPointers = [1],
        ServiceDate = Dos,
    };

    public static ScrubClaim Professional(string[]? dx = null, ScrubLine[]? lines = null) => new()
    {
        Id = "CLM-1",
        Kind = ClaimKind.Professional,
        PatientId = "PAT-1",
        PatientBirthDate = new DateOnly(1970, 5, 1),
        PatientSex = PatientSex.Female,
        SubscriberId = "MEM123456",
        PayerId = "PAYER1",
        BillingNpi = Npi,
        BillingTaxonomy = "207Q00000X",
        PlaceOfService = "11",
        Diagnoses = (dx ?? ["I10"]).Select(c => new ScrubDiagnosis(c)).ToArray(),
        Lines = lines ?? [Line(1, "99213")],
    };

    public static ScrubClaim Institutional() => new()
    {
        Id = "CLM-I",
        Kind = ClaimKind.Institutional,
        PatientId = "PAT-2",
        PatientBirthDate = new DateOnly(1960, 2, 2),
        PatientSex = PatientSex.Male,
        SubscriberId = "MEM999",
        PayerId = "PAYER1",
        BillingNpi = Npi,
        AttendingNpi = OtherNpi,
        TypeOfBill = "131",
        StatementFrom = Dos,
        StatementTo = Dos,
        Diagnoses = [new ScrubDiagnosis("I10")],
        Lines = [new ScrubLine { Number = 1, RevenueCode = "0450", ProcedureCode = "99283", Units = 1, Charge = 300m, ServiceDate = Dos }],
    };
}
