using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets.Tests.Fixtures;

namespace Claimsmith.CodeSets.Tests.Importing;

/// <summary>The whole import, from small synthetic files in the official layouts.</summary>
public sealed class FixtureImportTests : IDisposable
{
    private static readonly DateOnly Fy2025 = new(2025, 3, 1);
    private static readonly DateOnly Fy2026 = new(2026, 3, 1);
    private readonly TempFolder _temp = FixtureFiles.NewTemp();
    private readonly CodeSetSnapshot _s;
    private readonly IReadOnlyList<ImportIssue> _issues;

    public FixtureImportTests()
    {
        var data = FixtureFiles.WriteDataFolder(Path.Combine(_temp.Path, "data"));
        var (bytes, issues) = CodeSetImporter.ImportToBytes(CodeSetSources.Discover(data), DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        _issues = issues;
        Assert.True(bytes is not null, string.Join("; ", issues));
        _s = CodeSetSnapshot.Load(bytes);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Discover_FindsEveryFixtureFile()
    {
        var s = CodeSetSources.Discover(Path.Combine(_temp.Path, "data"));
        Assert.All(new[] { s.Icd10CmOrderFile, s.Icd10CmAddendaFile, s.TabularFile, s.PcsOrderFile, s.PcsAddendaFile, s.MpfsFile, s.GpciFile, s.HcpcsAnnualFile, s.CptFile, s.CarcFile, s.RarcFile, s.GroupCodeFile, s.PlaceOfServiceFile }, Assert.NotNull);
        Assert.Equal([IndexSource.AlphabeticIndex, IndexSource.DrugTable], s.IndexFiles.Select(f => f.Source).Order());
    }

    [Fact]
    public void Editions_CountCodesOfTheOrderFiles()
    {
        var cm = _s.GetEdition(CodeSystem.Icd10Cm)!;
        Assert.Equal("FY2026", cm.Name);
        Assert.Equal(new DateOnly(2024, 10, 1), cm.KnownFrom);
        Assert.Equal(new DateOnly(2025, 10, 1), cm.CurrentFrom);
        Assert.Equal(FixtureFiles.CmCodes.Length, cm.Count);
        Assert.Equal(FixtureFiles.CmCodes.Count(c => c.Billable), cm.BillableCount);
        Assert.Equal(3, _s.GetEdition(CodeSystem.Icd10Pcs)!.BillableCount);
        Assert.Contains(_issues, i => i.Code == "mpfs.placeholder-code" && !i.IsError);
    }

    [Fact]
    public void Show_E1122_HasOwnAndInheritedNotesAndHierarchy()
    {
        var d = _s.Describe(CodeSystem.Icd10Cm, "E11.22", Fy2026)!;
        Assert.Equal(["4", "E08-E13", "E11", "E11.2", "E11.22"], d.Hierarchy.Select(h => h.Code));
        Assert.Equal(CodeStatus.Valid, d.Validity.Status);
        Assert.False(d.IsHeader);
        Assert.Equal(NoteKind.UseAdditionalCode, d.Notes[0].Kind);
        Assert.Equal("E11.22", d.Notes[0].Source);
        Assert.Contains(d.Notes, n => n.Kind == NoteKind.Excludes1 && n.Source == "E11" && n.References.Any(r => r.Matches("E1065")));
        Assert.Contains(d.Notes, n => n.Kind == NoteKind.Includes && n.Source == "E11");
        Assert.Contains(d.Notes, n => n.Kind == NoteKind.Note && n.Source == "4");
        Assert.Contains(d.IndexTerms, t => t.Source == IndexSource.AlphabeticIndex && t.Text == "Diabetes, diabetic (mellitus) (sugar), type 2, with, chronic kidney disease");
    }

    [Fact]
    public void InclusionTerms_AreNotInherited()
    {
        var d = _s.Describe(CodeSystem.Icd10Cm, "E11.21", Fy2026)!;
        Assert.Single(d.Notes, n => n.Kind == NoteKind.InclusionTerm);
        var e22 = _s.Describe(CodeSystem.Icd10Cm, "E11.22", Fy2026)!;
        Assert.DoesNotContain(e22.Notes, n => n.Kind == NoteKind.InclusionTerm);
    }

    [Fact]
    public void HeadersAndSeventhCharacters()
    {
        Assert.Equal(CodeStatus.NotBillable, _s.Check(IcdCode.Parse("E11"), Fy2026).Status);
        Assert.Equal(CodeStatus.Valid, _s.Check(IcdCode.Parse("S72.001A"), Fy2026).Status);
        Assert.Equal(CodeStatus.NotBillable, _s.Check(IcdCode.Parse("S72.001"), Fy2026).Status);
        var d = _s.Describe(CodeSystem.Icd10Cm, "S72.001", Fy2026)!;
        Assert.Equal(['A', 'B', 'D'], d.SeventhCharacters.Select(c => c.Character));
        Assert.Contains("open fracture NOS", d.SeventhCharacters[1].Meaning, StringComparison.Ordinal);
        Assert.Contains("S72.001A", d.PlaceholderNote, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceholderX_IsFlaggedAndExplained()
    {
        Assert.True(_s.TryFind(CodeSystem.Icd10Cm, "T36.0X", out var placeholder));
        Assert.True(placeholder.IsPlaceholder);
        var d = _s.Describe(CodeSystem.Icd10Cm, "T36.0X1A", Fy2026)!;
        Assert.Contains("placeholder", d.PlaceholderNote, StringComparison.Ordinal);
        Assert.Contains(d.SeventhCharacters, c => c.Character == 'S' && c.Meaning == "sequela");
        var header = _s.Describe(CodeSystem.Icd10Cm, "T36.0X1", Fy2026)!;
        Assert.Contains(header.IndexTerms, t => t.Source == IndexSource.DrugTable && t.Text == "Penicillin (any) (Poisoning Accidental (unintentional))");
    }

    [Fact]
    public void Validity_FollowsTheAddenda()
    {
        // Billable in FY2025, a header in FY2026 with its new subcodes.
        Assert.Equal(CodeStatus.Valid, _s.Check(IcdCode.Parse("B88.0"), Fy2025).Status);
        var v = _s.Check(IcdCode.Parse("B88.0"), Fy2026);
        Assert.Equal(CodeStatus.NotBillable, v.Status);
        Assert.Equal(["B88.01", "B88.09"], v.ReplacedBy);

        // Deleted outright: valid until September 30, 2025.
        Assert.Equal(CodeStatus.Valid, _s.Check(IcdCode.Parse("A00.1"), new DateOnly(2025, 9, 30)).Status);
        var deleted = _s.Check(IcdCode.Parse("A00.1"), new DateOnly(2025, 10, 1));
        Assert.Equal(CodeStatus.Deleted, deleted.Status);
        Assert.Equal(new DateOnly(2025, 9, 30), deleted.EffectiveTo);

        // Added: not valid before October 1, 2025.
        Assert.Equal(CodeStatus.NotYetEffective, _s.Check(IcdCode.Parse("E11.A"), new DateOnly(2025, 9, 30)).Status);
        var added = _s.Check(IcdCode.Parse("E11.A"), new DateOnly(2025, 10, 1));
        Assert.Equal(CodeStatus.Valid, added.Status);
        Assert.Equal(new DateOnly(2025, 10, 1), added.EffectiveFrom);

        // Unchanged codes are valid in both years; outside the editions the nearest is assumed.
        Assert.Equal(CodeStatus.Valid, _s.Check(IcdCode.Parse("E11.22"), Fy2025).Status);
        Assert.True(_s.Check(IcdCode.Parse("E11.22"), new DateOnly(2027, 1, 1)).Assumed);
        Assert.Equal(CodeStatus.Unknown, _s.Check(IcdCode.Parse("Z99.99"), Fy2026).Status);

        // Revised titles keep the prior one.
        Assert.Equal("End stage renal disease (old title)", _s.Describe(CodeSystem.Icd10Cm, "N18.6", Fy2026)!.PriorDescription);
        Assert.Equal("FY2025", _s.Check(IcdCode.Parse("E11.22"), Fy2025).Edition);
    }

    [Fact]
    public void Pcs_AddendaAndHierarchy()
    {
        Assert.Equal(CodeStatus.NotYetEffective, _s.Check(PcsCode.Parse("0DTJ8ZZ"), Fy2025).Status);
        Assert.Equal(CodeStatus.Valid, _s.Check(PcsCode.Parse("0DTJ8ZZ"), Fy2026).Status);
        Assert.Equal(CodeStatus.Valid, _s.Check(PcsCode.Parse("0DTJ7ZZ"), Fy2025).Status);
        Assert.Equal(CodeStatus.Deleted, _s.Check(PcsCode.Parse("0DTJ7ZZ"), Fy2026).Status);
        Assert.Equal(["0DT", "0DTJ4ZZ"], _s.Describe(CodeSystem.Icd10Pcs, "0DTJ4ZZ", Fy2026)!.Hierarchy.Select(h => h.Code));
    }

    [Fact]
    public void Fees_PriceMatchesTheFormula()
    {
        Assert.True(_s.TryFindLocality("13202-01", out var manhattan));
        Assert.True(_s.TryFindLocality("1320201", out _));
        Assert.True(_s.TryFindLocality("manhattan", out _));
        Assert.False(_s.TryFindLocality("NY-0", out _));

        // (1.30 x 1.063 + 1.46 x 1.318 + 0.09 x 1.285) x 33.4009 = 3.42183 x 33.4009 = 114.29
        Assert.Equal(114.29m, _s.Price(HcpcsCode.Parse("99213"), null, manhattan, facility: false)!.Amount);

        // 27130 has no non-facility PE (NA): the facility rate applies.
        var hip = _s.Price(HcpcsCode.Parse("27130"), null, manhattan, facility: false)!;
        Assert.False(hip.IsPriced);
        var hipFacility = _s.Price(HcpcsCode.Parse("27130"), null, manhattan, facility: true)!;
        Assert.True(hipFacility.IsPriced);
        Assert.Equal("090", hipFacility.Item.GlobalDays);
        Assert.Equal('1', hipFacility.Item.Bilateral);
        Assert.Equal('2', hipFacility.Item.AssistantSurgery);

        Assert.True(_s.TryGetFee(HcpcsCode.Parse("71046"), "26", out var pro));
        Assert.Equal(0.08m, pro.NonFacilityPeRvu);
        Assert.Equal(3, _s.Describe(CodeSystem.Hcpcs, "71046", Fy2026)!.Fees.Count);
        Assert.Null(_s.Price(HcpcsCode.Parse("99214"), null, manhattan, false));
    }

    [Fact]
    public void Hcpcs_AnnualFileAndCptFile()
    {
        var j = _s.Describe(CodeSystem.Hcpcs, "J1100", new DateOnly(2026, 6, 1))!;
        Assert.Equal("Injection, dexamethasone sodium phosphate, 1 mg", j.LongDescription);
        Assert.Equal(CodeStatus.Valid, j.Validity.Status);
        Assert.Equal(CodeStatus.Deleted, _s.Check(CodeSystem.Hcpcs, "G9999", new DateOnly(2026, 6, 1)).Status);
        Assert.True(_s.TryFind(CodeSystem.Modifier, "LT", out var lt));
        Assert.StartsWith("Left side (used to identify", lt.LongDescription, StringComparison.Ordinal);
        Assert.True(_s.TryFind(CodeSystem.Hcpcs, "99213", out var visit));
        Assert.Contains("synthetic descriptor", visit.LongDescription, StringComparison.Ordinal);
        Assert.True(_s.TryFind(CodeSystem.Hcpcs, "99999", out _));
    }

    [Fact]
    public void Lists_CarcRarcGroupsPos()
    {
        Assert.True(_s.TryFind(CodeSystem.Carc, "45", out var carc));
        Assert.StartsWith("Charge exceeds fee schedule", carc.LongDescription, StringComparison.Ordinal);
        Assert.True(_s.TryFind(CodeSystem.Rarc, "M33", out var m33));
        Assert.Equal("Missing/incomplete/invalid UPIN.", m33.LongDescription);
        Assert.Equal(CodeStatus.Valid, _s.Check(CodeSystem.Rarc, "M33", new DateOnly(2004, 8, 1)).Status);
        Assert.Equal(CodeStatus.Deleted, _s.Check(CodeSystem.Rarc, "M33", new DateOnly(2004, 8, 2)).Status);
        Assert.Equal(CodeStatus.NotYetEffective, _s.Check(CodeSystem.Rarc, "M1", new DateOnly(1996, 1, 1)).Status);
        Assert.True(_s.TryFind(CodeSystem.AdjustmentGroup, "PR", out var pr));
        Assert.Equal("Patient Responsibility", pr.LongDescription);
        Assert.True(_s.TryFind(CodeSystem.PlaceOfService, "22", out var pos));
        Assert.Equal("On campus-outpatient hospital", pos.LongDescription);
        Assert.False(_s.TryFind(CodeSystem.PlaceOfService, "12", out _));
    }

    [Fact]
    public void Search_WordsPrefixesAbbreviationsCodesAndIndex()
    {
        Assert.Equal("E11.22", _s.Search("DM2 CKD")[0].Code);
        Assert.Equal("I10", _s.Search("HTN")[0].Code);
        Assert.Equal("I10", _s.Search("high blood pressure")[0].Code);
        var prefix = _s.Search("E11.2");
        Assert.Equal(["E11.2", "E11.21", "E11.22"], prefix.Select(h => h.Code));
        Assert.All(prefix, h => Assert.Equal("code", h.MatchedBy));
        Assert.Equal("0DTJ4ZZ", _s.Search("0dtj4zz")[0].Code);
        Assert.Contains(_s.Search("diab nephro"), h => h.Code == "E11.21");
        var kimmel = Assert.Single(_s.Search("kimmelstiel"), h => h.Code == "E11.21");
        Assert.NotNull(kimmel);
        Assert.Contains(_s.Search("penicillin"), h => h.MatchedBy == "drug" && h.Code == "T36.0X1");
        Assert.Empty(_s.Search("zzzzqqq"));
        Assert.All(_s.Search("diabetes", new SearchOptions { Systems = [CodeSystem.Icd10Pcs] }), h => Assert.Equal(CodeSystem.Icd10Pcs, h.System));
        Assert.DoesNotContain(_s.Search("diabetes", new SearchOptions { DateOfService = Fy2025 }), h => h.Code == "E11.A");
        Assert.Contains(_s.Search("diabetes", new SearchOptions { DateOfService = Fy2026 }), h => h.Code == "E11.A");
        Assert.Equal(2, _s.Search("diabetes", new SearchOptions { Limit = 2 }).Count);
    }

    [Fact]
    public void Enumerate_GivesEveryCodeWithTermsForCodingSuggestions()
    {
        var all = _s.Enumerate(CodeSystem.Icd10Cm).ToList();
        Assert.Equal(FixtureFiles.CmCodes.Length + 1, all.Count); // plus A00.1, kept for FY2025 dates
        var e1121 = all.Single(e => e.Code == "E1121");
        Assert.Contains(e1121.OwnNotes, n => n.Kind == NoteKind.InclusionTerm);
        Assert.Contains(e1121.IndexTerms, t => t.Text == "Kimmelstiel-Wilson disease");
        Assert.Contains(e1121.GetNotes(NoteKind.Excludes1), n => n.Source == "E11");
        Assert.Contains(e1121.GetReferences(NoteKind.Excludes1), r => r.Matches("E1010"));
        Assert.True(_s.TryFind(IcdCode.Parse("S72.001"), out var s72001));
        Assert.True(s72001.RequiresSeventhCharacter);
        Assert.True(_s.TryFind(IcdCode.Parse("S72.001A"), out var s72001a));
        Assert.False(s72001a.RequiresSeventhCharacter);

        var index = _s.EnumerateIndexTerms().ToList();
        Assert.Contains(index, t => t.Text == "Hyperpiesia" && t.Code == "see Hypertension");
        Assert.Contains(index, t => t.Text.EndsWith("nephropathy [manifestation]", StringComparison.Ordinal) && t.Code == "N18.30");
    }
}
