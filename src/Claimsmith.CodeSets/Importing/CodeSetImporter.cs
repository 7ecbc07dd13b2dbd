using System.Text;
using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Internal;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Imports the official code-set files into a snapshot. All files are read and checked first;
/// any error leaves the previous snapshot untouched (nothing is half-imported), and the new one
/// is written to a temporary file and renamed into place.
/// </summary>
public static class CodeSetImporter
{
    /// <summary>Reads the files and writes the snapshot at <paramref name="snapshotPath"/> atomically.</summary>
    public static CodeSetImportResult ImportToFile(CodeSetSources sources, string snapshotPath, TimeProvider time, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshotPath);
        ArgumentNullException.ThrowIfNull(time);
        var issues = new List<ImportIssue>();
        var model = Build(sources, issues, progress, cancellationToken);
        if (model is null || issues.Any(i => i.IsError))
        {
            return new CodeSetImportResult(false, issues, null, []);
        }

        progress?.Report(new ImportProgress("Writing snapshot", Steps - 1, Steps));
        SnapshotStore.WriteAtomic(snapshotPath, stream => SnapshotWriter.Write(model, stream, time.GetUtcNow()), cancellationToken);
        progress?.Report(new ImportProgress("Done", Steps, Steps));
        return new CodeSetImportResult(true, issues, snapshotPath, model.Editions);
    }

    /// <summary>Reads the files and returns the snapshot bytes (null with the issues when there are errors).</summary>
    public static (byte[]? Snapshot, IReadOnlyList<ImportIssue> Issues) ImportToBytes(CodeSetSources sources, DateTimeOffset created, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var issues = new List<ImportIssue>();
        var model = Build(sources, issues, null, cancellationToken);
        if (model is null || issues.Any(i => i.IsError))
        {
            return (null, issues);
        }

        using var ms = new MemoryStream();
        SnapshotWriter.Write(model, ms, created);
        return (ms.ToArray(), issues);
    }

    private const int Steps = 10;

    private static DateOnly FyStart(int fy) => new(fy - 1, 10, 1);

    private static DateOnly FyEnd(int fy) => new(fy, 9, 30);

    internal static BuildModel? Build(CodeSetSources s, List<ImportIssue> issues, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        // An import with none of the main files would replace a working snapshot with an empty one.
        if (s.Icd10CmOrderFile is null && s.PcsOrderFile is null && s.MpfsFile is null && s.HcpcsAnnualFile is null)
        {
            issues.Add(new ImportIssue("import.no-files", "(data folder)", 0, "no ICD-10-CM or ICD-10-PCS order file, MPFS file or HCPCS file was found; check the data folder"));
            return null;
        }

        try
        {
            return BuildFrom(s, issues, progress, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var file = ex is FileNotFoundException fnf && fnf.FileName is not null ? Path.GetFileName(fnf.FileName) : "(data folder)";
            issues.Add(new ImportIssue("file.unreadable", file, 0, ex.Message));
            return null;
        }
    }

    private static BuildModel BuildFrom(CodeSetSources s, List<ImportIssue> issues, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var model = new BuildModel();
        var step = 0;
        void Report(string what) => progress?.Report(new ImportProgress(what, step++, Steps));

        Report("ICD-10-CM order file and addenda");
        if (s.Icd10CmOrderFile is not null)
        {
            ImportOrderSystem(model, CodeSystem.Icd10Cm, s.Icd10CmOrderFile, s.Icd10CmAddendaFile, issues, IsIcdShape);
        }

        ct.ThrowIfCancellationRequested();
        Report("ICD-10-CM Tabular List");
        if (s.TabularFile is not null && s.Icd10CmOrderFile is not null)
        {
            var list = new IssueList(issues, s.TabularFile);
            using var stream = File.OpenRead(s.TabularFile);
            var tab = TabularReader.Read(stream, list);
            model.Sources.Add(Path.GetFileName(s.TabularFile));
            MergeTabular(model, tab);
        }

        if (s.Icd10CmOrderFile is not null)
        {
            LinkIcdHierarchy(model);
        }

        ct.ThrowIfCancellationRequested();
        Report("ICD-10-CM index and tables");
        foreach (var (source, path) in s.IndexFiles)
        {
            var list = new IssueList(issues, path);
            using var stream = File.OpenRead(path);
            model.IndexTerms.AddRange(IndexReader.Read(stream, source, list));
            model.Sources.Add(Path.GetFileName(path));
        }

        ct.ThrowIfCancellationRequested();
        Report("ICD-10-PCS order file and addenda");
        if (s.PcsOrderFile is not null)
        {
            ImportOrderSystem(model, CodeSystem.Icd10Pcs, s.PcsOrderFile, s.PcsAddendaFile, issues, IsPcsShape);
            LinkPrefixHierarchy(model, CodeSystem.Icd10Pcs, 3);
        }

        ct.ThrowIfCancellationRequested();
        Report("Physician fee schedule and GPCIs");
        ImportFees(model, s, issues);

        ct.ThrowIfCancellationRequested();
        Report("HCPCS Level II and CPT");
        ImportHcpcsAnnual(model, s, issues);
        ImportCpt(model, s, issues);
        FinishHcpcsEdition(model, s);

        ct.ThrowIfCancellationRequested();
        Report("Modifiers, places of service, CARC, RARC, group codes");
        ImportLists(model, s, issues);
        return model;
    }

    private static bool IsIcdShape(string code) => IcdCode.TryParse(code, out _);

    private static bool IsPcsShape(string code) => code.Length is >= 3 and <= 7 && code.All(PcsCode.IsPcsChar);

    private static void ImportOrderSystem(BuildModel model, CodeSystem system, string orderPath, string? addendaPath, List<ImportIssue> issues, Func<string, bool> shape)
    {
        var list = new IssueList(issues, orderPath);
        List<OrderLine> lines;
        using (var reader = new StreamReader(orderPath, Encoding.Latin1))
        {
            lines = OrderFileReader.Read(reader, list, shape);
        }

        model.Sources.Add(Path.GetFileName(orderPath));
        var fy = CodeSetSources.YearOf(orderPath) ?? throw new InvalidOperationException($"no year in {orderPath}");
        var currentFrom = FyStart(fy);
        var knownTo = FyEnd(fy);
        var knownFrom = addendaPath is null ? currentFrom : FyStart(fy - 1);
        foreach (var l in lines)
        {
            var e = model.Add(new BuildEntry(system, EntryKind.Code, l.Code)
            {
                ShortDescription = l.Short,
                LongDescription = l.Long,
                BillableCurrent = l.Billable,
                BillablePrior = l.Billable,
                ValidFrom = knownFrom.DayNumber,
                ValidTo = knownTo.DayNumber,
            });
            _ = e;
        }

        if (addendaPath is not null)
        {
            var alist = new IssueList(issues, addendaPath);
            List<AddendaLine> addenda;
            using (var reader = new StreamReader(addendaPath, Encoding.Latin1))
            {
                addenda = AddendaReader.Read(reader, alist);
            }

            model.Sources.Add(Path.GetFileName(addendaPath));
            ApplyAddenda(model, system, addenda, alist, currentFrom, knownFrom);
        }

        var count = lines.Count;
        var billable = lines.Count(l => l.Billable);
        model.Editions.Add(new Edition(system, $"FY{fy}", knownFrom, currentFrom, knownTo, count, billable));
    }

    /// <summary>
    /// Applies the addenda: a code added (and not also deleted) is valid from the new fiscal
    /// year; a code deleted is valid until the day before it, with the added codes under it (or
    /// beside it) as its replacements; a code deleted and added again changed its billable flag.
    /// </summary>
    private static void ApplyAddenda(BuildModel model, CodeSystem system, List<AddendaLine> addenda, IssueList issues, DateOnly currentFrom, DateOnly knownFrom)
    {
        var deleted = addenda.Where(a => a.Action == AddendaAction.Delete).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var added = addenda.Where(a => a.Action == AddendaAction.Add).ToList();
        var addedCodes = added.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var a in added)
        {
            var e = model.Find(system, a.Code);
            if (e is null)
            {
                issues.Warning("addenda.added-not-in-order-file", a.Line, $"{a.Code} is added but not in the order file");
                continue;
            }

            if (!deleted.ContainsKey(a.Code))
            {
                e.ValidFrom = currentFrom.DayNumber;
            }
        }

        foreach (var d in deleted.Values)
        {
            var wasBillable = d.Billable ?? (system == CodeSystem.Icd10Pcs ? d.Code.Length == 7 : true);
            var e = model.Find(system, d.Code);
            if (e is null)
            {
                e = model.Add(new BuildEntry(system, EntryKind.Code, d.Code)
                {
                    ShortDescription = d.Short,
                    LongDescription = d.Long,
                    ValidFrom = knownFrom.DayNumber,
                    ValidTo = currentFrom.DayNumber - 1,
                    BillablePrior = wasBillable,
                });
            }
            else if (addedCodes.Contains(d.Code))
            {
                e.BillablePrior = wasBillable;
                e.PriorLongDescription = d.Long != e.LongDescription ? d.Long : null;
            }
            else
            {
                issues.Warning("addenda.deleted-still-in-order-file", d.Line, $"{d.Code} is deleted but still in the order file");
                continue;
            }

            // What replaced it: the added billable codes under it, else added billable siblings.
            var children = added.Where(a => a.Code.Length > d.Code.Length && a.Code.StartsWith(d.Code, StringComparison.Ordinal) && (a.Billable ?? true)).Select(a => a.Code).ToList();
            if (children.Count == 0 && d.Code.Length > 3)
            {
                var parent = d.Code[..^1];
                children = added.Where(a => a.Code.Length == d.Code.Length && a.Code.StartsWith(parent, StringComparison.Ordinal) && (a.Billable ?? true)).Select(a => a.Code).ToList();
            }

            e.ReplacedBy.AddRange(children);
        }

        foreach (var r in addenda.Where(a => a.Action == AddendaAction.ReviseFrom))
        {
            var e = model.Find(system, r.Code);
            if (e is not null && r.Long != e.LongDescription)
            {
                e.PriorLongDescription = r.Long;
            }
        }
    }

    private static void MergeTabular(BuildModel model, TabularData tab)
    {
        var chapters = new Dictionary<string, BuildEntry>(StringComparer.Ordinal);
        foreach (var c in tab.Chapters)
        {
            var e = model.Add(new BuildEntry(CodeSystem.Icd10Cm, EntryKind.Chapter, c.Code) { LongDescription = c.Description, ShortDescription = c.Description });
            AddNotes(e, c);
            chapters[c.Code] = e;
        }

        var sections = new Dictionary<string, BuildEntry>(StringComparer.Ordinal);
        foreach (var s in tab.Sections)
        {
            var e = model.Add(new BuildEntry(CodeSystem.Icd10Cm, EntryKind.Section, s.Code)
            {
                LongDescription = s.Description,
                ShortDescription = s.Description,
                Parent = s.Container is null ? null : chapters.GetValueOrDefault(s.Container),
            });
            AddNotes(e, s);
            sections[s.Code] = e;
        }

        foreach (var node in tab.Diagnoses.Values)
        {
            var e = model.Find(CodeSystem.Icd10Cm, node.Code);
            if (e is null)
            {
                continue; // deleted since that edition of the Tabular List
            }

            e.FromTabular = true;
            e.Placeholder = node.Placeholder;
            AddNotes(e, node);
            if (node.Code.Length == 3 && node.Container is not null)
            {
                e.Parent = sections.GetValueOrDefault(node.Container);
            }
        }
    }

    private static void AddNotes(BuildEntry e, TabularNode node)
    {
        foreach (var n in node.Notes)
        {
            e.Notes.Add((n.Kind, n.Character, n.Text));
        }
    }

    /// <summary>
    /// Links every ICD-10-CM code to its parent: the longest shorter code that exists; a
    /// category to its section (from the Tabular List, or for a category new since that edition,
    /// the section of the category before it in tabular order).
    /// </summary>
    private static void LinkIcdHierarchy(BuildModel model)
    {
        BuildEntry? lastSection = null;
        foreach (var e in model.Entries)
        {
            if (e.System != CodeSystem.Icd10Cm || e.Kind != EntryKind.Code)
            {
                continue;
            }

            if (e.Code.Length == 3)
            {
                if (e.Parent is not null)
                {
                    lastSection = e.Parent;
                }
                else
                {
                    e.Parent = lastSection;
                }

                continue;
            }

            for (var len = e.Code.Length - 1; len >= 3; len--)
            {
                var p = model.Find(CodeSystem.Icd10Cm, e.Code[..len]);
                if (p is not null)
                {
                    e.Parent = p;
                    break;
                }
            }
        }
    }

    private static void LinkPrefixHierarchy(BuildModel model, CodeSystem system, int minLength)
    {
        foreach (var e in model.Entries)
        {
            if (e.System != system || e.Kind != EntryKind.Code || e.Parent is not null)
            {
                continue;
            }

            for (var len = e.Code.Length - 1; len >= minLength; len--)
            {
                var p = model.Find(system, e.Code[..len]);
                if (p is not null)
                {
                    e.Parent = p;
                    break;
                }
            }
        }
    }

    private static void ImportFees(BuildModel model, CodeSetSources s, List<ImportIssue> issues)
    {
        if (s.MpfsFile is not null)
        {
            var list = new IssueList(issues, s.MpfsFile);
            using var reader = new StreamReader(s.MpfsFile, Encoding.Latin1);
            var fees = MpfsReader.Read(reader, list);
            model.Fees.AddRange(fees);
            model.Sources.Add(Path.GetFileName(s.MpfsFile));
            var year = CodeSetSources.YearOf(s.MpfsFile) ?? 2000;
            foreach (var fee in fees.Where(f => f.Modifier.Length == 0))
            {
                var e = model.GetOrAdd(CodeSystem.Hcpcs, fee.Code);
                e.BillableCurrent = e.BillablePrior = true;
                e.ValidFrom = new DateOnly(year, 1, 1).DayNumber;
                e.ValidTo = new DateOnly(year, 12, 31).DayNumber;
                if (fee.Description is not null && !char.IsAsciiDigit(fee.Code[0]))
                {
                    e.ShortDescription = e.LongDescription = fee.Description;
                }
            }

            // Rows that exist only with a modifier still make the code known.
            foreach (var fee in fees.Where(f => f.Modifier.Length > 0 && model.Find(CodeSystem.Hcpcs, f.Code) is null))
            {
                var e = model.GetOrAdd(CodeSystem.Hcpcs, fee.Code);
                e.BillableCurrent = e.BillablePrior = true;
                e.ValidFrom = new DateOnly(year, 1, 1).DayNumber;
                e.ValidTo = new DateOnly(year, 12, 31).DayNumber;
            }
        }

        if (s.GpciFile is not null)
        {
            var list = new IssueList(issues, s.GpciFile);
            using var reader = new StreamReader(s.GpciFile, Encoding.Latin1);
            model.Gpcis.AddRange(GpciReader.Read(reader, list));
            model.Sources.Add(Path.GetFileName(s.GpciFile));
        }
    }

    private static void ImportHcpcsAnnual(BuildModel model, CodeSetSources s, List<ImportIssue> issues)
    {
        if (s.HcpcsAnnualFile is null)
        {
            return;
        }

        var list = new IssueList(issues, s.HcpcsAnnualFile);
        using var reader = new StreamReader(s.HcpcsAnnualFile, Encoding.Latin1);
        var records = HcpcsAnnualFileReader.Read(reader, list);
        model.Sources.Add(Path.GetFileName(s.HcpcsAnnualFile));
        foreach (var r in records)
        {
            var e = model.GetOrAdd(r.IsModifier ? CodeSystem.Modifier : CodeSystem.Hcpcs, r.Code);
            e.LongDescription = r.LongDescription;
            e.ShortDescription = r.ShortDescription;
            e.BillableCurrent = e.BillablePrior = true;
            if (r.AddDate is { } add)
            {
                e.ValidFrom = add.DayNumber;
            }

            if (r.TerminationDate is { } term)
            {
                e.ValidTo = term.DayNumber;
            }
        }
    }

    private static void ImportCpt(BuildModel model, CodeSetSources s, List<ImportIssue> issues)
    {
        if (s.CptFile is null)
        {
            return;
        }

        var list = new IssueList(issues, s.CptFile);
        using var reader = new StreamReader(s.CptFile, Encoding.UTF8);
        foreach (var (_, code, descriptor) in CptFileReader.Read(reader, list))
        {
            var e = model.GetOrAdd(CodeSystem.Hcpcs, code);
            e.LongDescription = descriptor;
            e.ShortDescription ??= descriptor;
            e.BillableCurrent = e.BillablePrior = true;
        }

        model.Sources.Add(Path.GetFileName(s.CptFile));
    }

    private static void FinishHcpcsEdition(BuildModel model, CodeSetSources s)
    {
        var year = s.MpfsFile is not null ? CodeSetSources.YearOf(s.MpfsFile) : s.HcpcsAnnualFile is not null ? CodeSetSources.YearOf(s.HcpcsAnnualFile) : null;
        var count = model.Entries.Count(e => e.System == CodeSystem.Hcpcs);
        if (year is { } y && count > 0)
        {
            model.Editions.Add(new Edition(CodeSystem.Hcpcs, $"CY{y}", new DateOnly(y, 1, 1), new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), count, count));
        }

        LinkPrefixHierarchy(model, CodeSystem.Hcpcs, 5);
    }

    private static void ImportLists(BuildModel model, CodeSetSources s, List<ImportIssue> issues)
    {
        foreach (var (code, name) in BuiltInLists.Modifiers)
        {
            var e = model.GetOrAdd(CodeSystem.Modifier, code);
            e.LongDescription ??= name;
            e.ShortDescription ??= name;
            e.BillableCurrent = e.BillablePrior = true;
        }

        var posNames = BuiltInLists.PlacesOfService.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var posCodes = new List<string>();
        if (s.PlaceOfServiceFile is not null)
        {
            var list = new IssueList(issues, s.PlaceOfServiceFile);
            var lineNo = 0;
            foreach (var line in File.ReadLines(s.PlaceOfServiceFile))
            {
                lineNo++;
                var code = line.Trim();
                if (code.Length == 0)
                {
                    continue;
                }

                if (code.Length != 2 || !code.All(char.IsAsciiDigit))
                {
                    list.Error("pos.bad-code", lineNo, $"a place-of-service code is two digits, found '{code}'");
                    continue;
                }

                posCodes.Add(code);
            }

            model.Sources.Add(Path.GetFileName(s.PlaceOfServiceFile));
        }
        else
        {
            posCodes.AddRange(posNames.Keys);
        }

        foreach (var code in posCodes)
        {
            var e = model.GetOrAdd(CodeSystem.PlaceOfService, code);
            e.LongDescription = e.ShortDescription = posNames.GetValueOrDefault(code) ?? $"Place of service {code}";
            e.BillableCurrent = e.BillablePrior = true;
        }

        ImportList(model, CodeSystem.Carc, s.CarcFile, 3, issues);
        ImportList(model, CodeSystem.Rarc, s.RarcFile, 5, issues);
        ImportList(model, CodeSystem.AdjustmentGroup, s.GroupCodeFile, 2, issues);
    }

    private static void ImportList(BuildModel model, CodeSystem system, string? path, int maxLength, List<ImportIssue> issues)
    {
        if (path is null)
        {
            return;
        }

        var list = new IssueList(issues, path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var c in CodeListReader.Read(reader, list, maxLength))
        {
            var e = model.GetOrAdd(system, c.Code);
            e.LongDescription = e.ShortDescription = c.Description;
            e.BillableCurrent = e.BillablePrior = true;
            if (c.Start is { } start)
            {
                e.ValidFrom = start.DayNumber;
            }

            if (c.Stop is { } stop)
            {
                e.ValidTo = stop.DayNumber;
            }
        }

        model.Sources.Add(Path.GetFileName(path));
    }
}
