using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.CodeSets.Tests.RealData;

/// <summary>The "Done means" checks on the official files (skipped when they are absent).</summary>
public sealed class RealDataTests
{
    private static readonly DateOnly Fy2025 = new(2025, 5, 1);
    private static readonly DateOnly Fy2026 = new(2026, 1, 15);

    [Fact]
    public void Icd10Cm_Fy2026_Has74719BillableAnd98186Entries()
    {
        var s = RealDataSnapshot.Get();
        var edition = s.GetEdition(CodeSystem.Icd10Cm)!;
        Assert.Equal("FY2026", edition.Name);
        Assert.Equal(98_186, edition.Count);
        Assert.Equal(74_719, edition.BillableCount);

        // Counted again from the codes themselves, for FY2026 dates of service.
        var valid = 0;
        var existing = 0;
        foreach (var e in s.Enumerate(CodeSystem.Icd10Cm))
        {
            var v = e.GetValidity(Fy2026).Status;
            valid += v == CodeStatus.Valid ? 1 : 0;
            existing += v is CodeStatus.Valid or CodeStatus.NotBillable ? 1 : 0;
        }

        Assert.Equal(74_719, valid);
        Assert.Equal(98_186, existing);
    }

    [Fact]
    public void Icd10Pcs_Fy2026_Has79115Codes()
    {
        var s = RealDataSnapshot.Get();
        Assert.Equal(79_115, s.GetEdition(CodeSystem.Icd10Pcs)!.BillableCount);
        Assert.Equal(79_115, s.Enumerate(CodeSystem.Icd10Pcs).Count(e => e.GetValidity(Fy2026).IsValid));
    }

    [Fact]
    public void E1122_ShowsUseAdditionalCodeForCkdStage()
    {
        var s = RealDataSnapshot.Get();
        var d = s.Describe(CodeSystem.Icd10Cm, "E11.22", Fy2026)!;
        Assert.Equal(CodeStatus.Valid, d.Validity.Status);
        var note = Assert.Single(d.Notes, n => n.Kind == NoteKind.UseAdditionalCode && n.Source == "E11.22");
        Assert.Contains("stage of chronic kidney disease", note.Text, StringComparison.Ordinal);
        Assert.Contains(note.References, r => r.Matches("N183"));

        // Inherited from category E11 and chapter 4.
        Assert.Contains(d.Notes, n => n.Kind == NoteKind.Excludes1 && n.Source == "E11" && n.Text.Contains("type 1 diabetes mellitus", StringComparison.Ordinal));
        Assert.Contains(d.Notes, n => n.Kind == NoteKind.UseAdditionalCode && n.Source == "E11" && n.Text.Contains("insulin", StringComparison.Ordinal));
        Assert.Equal(["4", "E08-E13", "E11", "E11.2", "E11.22"], d.Hierarchy.Select(h => h.Code));
        Assert.Equal(EntryKind.Chapter, d.Hierarchy[0].Kind);
    }

    [Fact]
    public void E11_IsAHeader()
    {
        var s = RealDataSnapshot.Get();
        Assert.Equal(CodeStatus.NotBillable, s.Check(IcdCode.Parse("E11"), Fy2026).Status);
        Assert.True(s.Describe(CodeSystem.Icd10Cm, "E11", Fy2026)!.IsHeader);
    }

    [Fact]
    public void S72001A_IsBillable_S72001_IsNot_AndSeventhCharactersComeFromS72()
    {
        var s = RealDataSnapshot.Get();
        Assert.Equal(CodeStatus.Valid, s.Check(IcdCode.Parse("S72.001A"), Fy2026).Status);
        Assert.Equal(CodeStatus.NotBillable, s.Check(IcdCode.Parse("S72.001"), Fy2026).Status);
        var d = s.Describe(CodeSystem.Icd10Cm, "S72.001", Fy2026)!;
        Assert.Contains(d.SeventhCharacters, c => c.Character == 'A' && c.Meaning.Contains("initial encounter for closed fracture", StringComparison.Ordinal));
        Assert.Contains(d.SeventhCharacters, c => c.Character == 'B' && c.Meaning.Contains("open fracture NOS", StringComparison.Ordinal));
        Assert.NotNull(d.PlaceholderNote);
    }

    [Fact]
    public void PlaceholderX_IsExplained()
    {
        var s = RealDataSnapshot.Get();
        var d = s.Describe(CodeSystem.Icd10Cm, "T36.0X1A", Fy2026)!;
        Assert.Equal(CodeStatus.Valid, d.Validity.Status);
        Assert.Contains("placeholder", d.PlaceholderNote, StringComparison.OrdinalIgnoreCase);

        // The Drug Table points at the six-character code; the 7th character is added from the category's definitions.
        var header = s.Describe(CodeSystem.Icd10Cm, "T36.0X1", Fy2026)!;
        Assert.True(header.IsHeader);
        Assert.Contains(header.SeventhCharacters, c => c.Character == 'A');
        Assert.Contains(header.IndexTerms, t => t.Source == IndexSource.DrugTable && t.Text.Contains("Penicillin", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Addenda_DeletedCode_ValidInFy2025_NotInFy2026_WithReplacements()
    {
        var s = RealDataSnapshot.Get();

        // B88.0 "Other acariasis": billable in FY2025; a header in FY2026, split into B88.01/B88.09 (order addenda 2026).
        Assert.Equal(CodeStatus.Valid, s.Check(IcdCode.Parse("B88.0"), Fy2025).Status);
        var v = s.Check(IcdCode.Parse("B88.0"), Fy2026);
        Assert.Equal(CodeStatus.NotBillable, v.Status);
        Assert.Equal(["B88.01", "B88.09"], v.ReplacedBy);

        // D71 deleted as a billable code, now a header.
        Assert.Equal(CodeStatus.Valid, s.Check(IcdCode.Parse("D71"), Fy2025).Status);
        Assert.Equal(CodeStatus.NotBillable, s.Check(IcdCode.Parse("D71"), Fy2026).Status);
    }

    [Fact]
    public void Addenda_AddedCode_NotValidBeforeOctober2025()
    {
        var s = RealDataSnapshot.Get();
        var e11a = IcdCode.Parse("E11.A");
        Assert.Equal(CodeStatus.NotYetEffective, s.Check(e11a, new DateOnly(2025, 9, 30)).Status);
        Assert.Equal(CodeStatus.Valid, s.Check(e11a, new DateOnly(2025, 10, 1)).Status);

        // A new code inherits the notes of its category although the older Tabular List lacks it.
        var d = s.Describe(CodeSystem.Icd10Cm, "E11.A", Fy2026)!;
        Assert.Contains(d.Notes, n => n.Kind == NoteKind.Excludes1 && n.Source == "E11");
    }

    [Fact]
    public void Addenda_CodeDeletedOutright_IsDeletedInFy2026()
    {
        var s = RealDataSnapshot.Get();
        // Every code the addenda delete and do not add again: valid on 2025-09-30, deleted on 2025-10-01.
        var data = ClaimsmithPaths.FindDataDirectory()!;
        var addendaPath = Path.Combine(data, "icd10cm", "2026", "icd10cm_order_addenda_2026.txt");
        if (!File.Exists(addendaPath))
        {
            Assert.Skip($"{addendaPath} is absent");
        }

        var addenda = File.ReadAllLines(addendaPath);
        var deleted = addenda.Where(l => l.StartsWith("Delete:", StringComparison.Ordinal)).Select(l => l.Substring(15, 7).Trim()).ToHashSet();
        var added = addenda.Where(l => l.StartsWith("Add:", StringComparison.Ordinal)).Select(l => l.Substring(15, 7).Trim()).ToHashSet();
        var gone = deleted.Except(added).ToList();
        Assert.NotEmpty(gone);
        foreach (var code in gone)
        {
            Assert.Equal(CodeStatus.Valid, s.Check(CodeSystem.Icd10Cm, code, new DateOnly(2025, 9, 30)).Status);
            Assert.Equal(CodeStatus.Deleted, s.Check(CodeSystem.Icd10Cm, code, new DateOnly(2025, 10, 1)).Status);
        }
    }

    [Fact]
    public void Fee_99213_Manhattan_MatchesHandComputation()
    {
        var s = RealDataSnapshot.Get();
        Assert.True(s.TryFindLocality("13202-01", out var manhattan));
        Assert.Equal("MANHATTAN", manhattan.Name);

        // PPRRVU2026_Jul row 99213: work 1.30, non-facility PE 1.46, facility PE 0.33, MP 0.09, CF 33.4009.
        // GPCI2026 13202/NY/01 MANHATTAN: PW 1.063, PE 1.318, MP 1.285.
        // Non-facility: (1.30 x 1.063 + 1.46 x 1.318 + 0.09 x 1.285) x 33.4009
        //             = (1.3819 + 1.92428 + 0.11565) x 33.4009 = 3.42183 x 33.4009 = 114.2921... -> $114.29
        // Facility:     (1.30 x 1.063 + 0.33 x 1.318 + 0.09 x 1.285) x 33.4009
        //             = (1.3819 + 0.43494 + 0.11565) x 33.4009 = 1.93249 x 33.4009 = 64.5469... -> $64.55
        var nonFacility = s.Price(HcpcsCode.Parse("99213"), null, manhattan, facility: false)!;
        var facility = s.Price(HcpcsCode.Parse("99213"), null, manhattan, facility: true)!;
        Assert.Equal(114.29m, nonFacility.Amount);
        Assert.Equal(64.55m, facility.Amount);
        Assert.True(nonFacility.IsPriced);
        Assert.Equal("XXX", nonFacility.Item.GlobalDays);
    }

    [Fact]
    public void Search_FindsByAbbreviationWordAndCode()
    {
        var s = RealDataSnapshot.Get();
        Assert.Contains(s.Search("CHF"), h => h.Code.StartsWith("I50", StringComparison.Ordinal));
        Assert.Contains(s.Search("DM2 CKD").Take(5), h => h.Code == "E11.22");
        Assert.Equal("E11.22", s.Search("E11.22")[0].Code);
        Assert.Equal("99213", s.Search("99213")[0].Code);
        Assert.Contains(s.Search("diab ketoacid"), h => h.Code.StartsWith("E11.1", StringComparison.Ordinal));
        Assert.Contains(s.Search("penicillin poisoning"), h => h.MatchedBy == "drug" || h.Code.StartsWith("T36.0", StringComparison.Ordinal));
        Assert.Contains(s.Search("HTN").Take(5), h => h.Code == "I10");
        Assert.Contains(s.Search("UTI").Take(5), h => h.Code == "N39.0");
        Assert.Contains(s.Search("COPD").Take(5), h => h.Code.StartsWith("J44", StringComparison.Ordinal));
    }

    [Fact]
    public void IndexFiles_ExternalCauseAndNeoplasmTable_AreSearchable()
    {
        var s = RealDataSnapshot.Get();
        // External Cause Index: Accident, boat, striking swimmer, powered -> V94.11.
        Assert.Contains(s.Search("boat striking swimmer powered"), h => h.Code == "V94.11" && h.MatchedBy == "external-cause");
        Assert.True(s.TryFind(IcdCode.Parse("V94.11"), out var v9411));
        Assert.Contains(v9411.IndexTerms, t => t.Source == IndexSource.ExternalCause);

        // Neoplasm Table: abdomen, wall, connective tissue, malignant primary -> C49.4.
        Assert.True(s.TryFind(IcdCode.Parse("C49.4"), out var c494));
        Assert.Contains(c494.IndexTerms, t => t.Source == IndexSource.NeoplasmTable && t.Text.StartsWith("Neoplasm, neoplastic, abdomen, abdominal, wall", StringComparison.Ordinal));
    }

    [Fact]
    public void CarcRarcAndGroups_AreImported_WithRarcDates()
    {
        var s = RealDataSnapshot.Get();
        Assert.True(s.TryFind(CodeSystem.Carc, "45", out var carc45));
        Assert.Contains("fee schedule", carc45.LongDescription, StringComparison.OrdinalIgnoreCase);
        Assert.True(s.TryFind(CodeSystem.AdjustmentGroup, "CO", out _));
        // RARC M33: Start 01/01/1997, Stop 08/01/2004.
        Assert.Equal(CodeStatus.Valid, s.Check(CodeSystem.Rarc, "M33", new DateOnly(2000, 1, 1)).Status);
        Assert.Equal(CodeStatus.Deleted, s.Check(CodeSystem.Rarc, "M33", new DateOnly(2010, 1, 1)).Status);
        Assert.True(s.TryFind(CodeSystem.PlaceOfService, "11", out var office));
        Assert.Equal("Office", office.LongDescription);
    }
}
