using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Internal;

namespace Claimsmith.CodeSets.Snapshot;

/// <summary>Compiles an imported <see cref="BuildModel"/> into the binary snapshot.</summary>
internal static class SnapshotWriter
{
    // Field weights of the search index (higher ranks first).
    private const int WeightLead = 10, WeightInclusionLead = 10, WeightLong = 8, WeightIndex = 7, WeightShort = 6, WeightInclusion = 5;

    public static void Write(BuildModel model, Stream output, DateTimeOffset created)
    {
        var strings = new StringTable();
        var entries = model.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Id = i;
        }

        // Fees grouped by entry.
        var feesByEntry = new List<(int Entry, BuildFee Fee)>();
        foreach (var fee in model.Fees)
        {
            var e = model.Find(CodeSystem.Hcpcs, fee.Code);
            if (e is not null)
            {
                feesByEntry.Add((e.Id, fee));
            }
        }

        feesByEntry.Sort((a, b) => a.Entry != b.Entry ? a.Entry.CompareTo(b.Entry) : string.CompareOrdinal(a.Fee.Modifier, b.Fee.Modifier));
        var fees = new FeeRecord[feesByEntry.Count];
        var feeStart = new Dictionary<int, (int Start, int Count)>();
        for (var i = 0; i < fees.Length; i++)
        {
            var (entry, fee) = feesByEntry[i];
            fees[i] = ToRecord(entry, fee, strings);
            feeStart[entry] = feeStart.TryGetValue(entry, out var r) ? (r.Start, r.Count + 1) : (i, 1);
        }

        // Index terms resolved to entries.
        var terms = new IndexTermRecord[model.IndexTerms.Count];
        var termsByEntry = new List<(int Entry, int Term)>();
        for (var i = 0; i < terms.Length; i++)
        {
            var t = model.IndexTerms[i];
            var target = t.Code is null ? null : ResolveIcd(model, t.Code);
            terms[i] = new IndexTermRecord
            {
                Text = strings.Add(t.Text),
                Code = strings.Add(t.Code),
                See = strings.Add(t.See),
                Entry = target?.Id ?? -1,
                Source = (byte)t.Source,
                Column = t.Column,
            };
            if (target is not null)
            {
                termsByEntry.Add((target.Id, i));
            }
        }

        termsByEntry.Sort();
        var entryTerms = termsByEntry.Select(x => x.Term).ToArray();
        var termStart = new Dictionary<int, (int Start, int Count)>();
        for (var i = 0; i < termsByEntry.Count; i++)
        {
            var entry = termsByEntry[i].Entry;
            termStart[entry] = termStart.TryGetValue(entry, out var r) ? (r.Start, r.Count + 1) : (i, 1);
        }

        // Entries, notes, replacements.
        var records = new EntryRecord[entries.Count];
        var notes = new List<NoteRecord>();
        var replacements = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var rec = new EntryRecord
            {
                Code = strings.Add(e.Code),
                Short = strings.Add(e.ShortDescription),
                Long = strings.Add(e.LongDescription ?? e.ShortDescription),
                PriorLong = strings.Add(e.PriorLongDescription),
                Parent = e.Parent?.Id ?? -1,
                NoteStart = notes.Count,
                NoteCount = e.Notes.Count,
                ValidFrom = e.ValidFrom,
                ValidTo = e.ValidTo,
                ReplacementStart = replacements.Count,
                System = (byte)e.System,
                Kind = (byte)e.Kind,
                Flags = (byte)((e.BillablePrior ? EntryFlags.BillablePrior : 0) | (e.BillableCurrent ? EntryFlags.BillableCurrent : 0)
                    | (e.Placeholder ? EntryFlags.Placeholder : 0) | (e.FromTabular ? EntryFlags.InTabular : 0)),
            };
            foreach (var (kind, ch, text) in e.Notes)
            {
                notes.Add(new NoteRecord { Kind = (byte)kind, Character = (byte)ch, Text = strings.Add(text) });
            }

            foreach (var r in e.ReplacedBy)
            {
                var target = model.Find(e.System, r);
                if (target is not null)
                {
                    replacements.Add(target.Id);
                }
            }

            rec.ReplacementCount = replacements.Count - rec.ReplacementStart;
            if (feeStart.TryGetValue(i, out var f))
            {
                (rec.FeeStart, rec.FeeCount) = f;
            }

            if (termStart.TryGetValue(i, out var t))
            {
                (rec.IndexStart, rec.IndexCount) = t;
            }

            records[i] = rec;
        }

        // Search index: documents are entries [0, E) then index terms [E, E + T).
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var docTokens = new Dictionary<string, int>(StringComparer.Ordinal);
        var scratch = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Kind != EntryKind.Code)
            {
                continue;
            }

            docTokens.Clear();
            var title = e.LongDescription ?? e.ShortDescription ?? "";

            // Words in parentheses are nonessential modifiers (convention I.A.7): they do not make a title less specific to a query.
            AddTokens(WithoutParentheses(title), WeightLong, docTokens, scratch);
            records[i].TokenCount = (byte)Math.Min(255, docTokens.Keys.Count(t => !Tokenizer.IsNeutral(t)));
            AddTokens(title, WeightLong, docTokens, scratch);

            // The head word of the title or of an inclusion term is the condition itself (the Alphabetic Index's main term).
            AddLead(title, WeightLead, docTokens);
            if (title.Contains("unspecified", StringComparison.OrdinalIgnoreCase) || title.Contains("not specified", StringComparison.OrdinalIgnoreCase)
                || e.Notes.Any(n => n.Kind == NoteKind.InclusionTerm && n.Text.EndsWith(" NOS", StringComparison.Ordinal)))
            {
                records[i].Flags |= EntryFlags.Unspecified;
            }

            if (title.StartsWith("Other ", StringComparison.Ordinal))
            {
                records[i].Flags |= EntryFlags.Residual;
            }

            AddTokens(e.ShortDescription, WeightShort, docTokens, scratch);
            foreach (var (kind, _, text) in e.Notes)
            {
                // Inclusion terms, and the Includes notes of a code that is its own category (I10), name conditions coded here.
                if (kind is NoteKind.InclusionTerm or NoteKind.Includes)
                {
                    AddTokens(text, WeightInclusion, docTokens, scratch);
                    AddLead(text, WeightInclusionLead, docTokens);
                }
            }

            AddPostings(i, docTokens, postings);
        }

        for (var i = 0; i < terms.Length; i++)
        {
            if (terms[i].Entry < 0)
            {
                continue;
            }

            docTokens.Clear();
            AddTokens(model.IndexTerms[i].Text, WeightIndex, docTokens, scratch);
            terms[i].TokenCount = (byte)Math.Min(255, docTokens.Keys.Count(t => !Tokenizer.IsNeutral(t)));
            AddPostings(entries.Count + i, docTokens, postings);
        }

        var tokenList = postings.Keys.ToList();
        tokenList.Sort(string.CompareOrdinal);
        var tokens = new TokenRecord[tokenList.Count];
        var allPostings = new List<int>(postings.Values.Sum(p => p.Count));
        for (var i = 0; i < tokens.Length; i++)
        {
            var list = postings[tokenList[i]];
            tokens[i] = new TokenRecord { Text = strings.Add(tokenList[i]), PostingStart = allPostings.Count, PostingCount = list.Count };
            allPostings.AddRange(list);
        }

        // Codes sorted per system for lookup and prefix search.
        var sorted = new List<int>();
        var ranges = new (int Start, int Count)[8];
        foreach (var system in Enum.GetValues<CodeSystem>())
        {
            var ids = entries.Where(e => e.System == system && e.Kind == EntryKind.Code).Select(e => e.Id).ToList();
            ids.Sort((a, b) => string.CompareOrdinal(entries[a].Code, entries[b].Code));
            ranges[(int)system] = (sorted.Count, ids.Count);
            sorted.AddRange(ids);
        }

        var gpcis = model.Gpcis.Select(g => new GpciRecord
        {
            Mac = strings.Add(g.Mac),
            State = strings.Add(g.State),
            Locality = strings.Add(g.Locality),
            Name = strings.Add(g.Name),
            Work = (int)Math.Round(g.Work * 1000m),
            PracticeExpense = (int)Math.Round(g.PracticeExpense * 1000m),
            Malpractice = (int)Math.Round(g.Malpractice * 1000m),
        }).ToArray();

        var meta = WriteMeta(model, created, ranges, entries.Count, terms.Length);
        var (offsets, bytes) = strings.Compile();

        var sections = new List<(SectionId Id, byte[] Data)>
        {
            (SectionId.Meta, meta),
            (SectionId.StringOffsets, Bytes<int>(offsets)),
            (SectionId.StringBytes, bytes),
            (SectionId.Entries, Bytes<EntryRecord>(records)),
            (SectionId.Notes, Bytes<NoteRecord>(CollectionsMarshal.AsSpan(notes))),
            (SectionId.Replacements, Bytes<int>(CollectionsMarshal.AsSpan(replacements))),
            (SectionId.Fees, Bytes<FeeRecord>(fees)),
            (SectionId.Gpcis, Bytes<GpciRecord>(gpcis)),
            (SectionId.IndexTerms, Bytes<IndexTermRecord>(terms)),
            (SectionId.EntryIndexTerms, Bytes<int>(entryTerms)),
            (SectionId.Tokens, Bytes<TokenRecord>(tokens)),
            (SectionId.Postings, Bytes<int>(CollectionsMarshal.AsSpan(allPostings))),
            (SectionId.SortedCodes, Bytes<int>(CollectionsMarshal.AsSpan(sorted))),
        };
        WriteSections(output, sections);
    }

    internal static BuildEntry? ResolveIcd(BuildModel model, string printed)
    {
        // Index codes are printed with a dot and sometimes a trailing dash ("C79.8-": more characters needed).
        var code = printed.Replace(".", "", StringComparison.Ordinal).TrimEnd('-').Trim().ToUpperInvariant();
        for (var len = code.Length; len >= 3; len--)
        {
            var e = model.Find(CodeSystem.Icd10Cm, code[..len]);
            if (e is not null)
            {
                return e;
            }
        }

        return null;
    }

    private static void AddLead(string text, int weight, Dictionary<string, int> doc)
    {
        if (Tokenizer.LeadWord(text) is { } lead && doc.TryGetValue(lead, out var current))
        {
            doc[lead] = Math.Max(current, weight);
        }
    }

    private static string WithoutParentheses(string text)
    {
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(' || c == '[')
            {
                depth++;
            }
            else if ((c == ')' || c == ']') && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void AddTokens(string? text, int weight, Dictionary<string, int> doc, List<string> scratch)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        scratch.Clear();
        Tokenizer.Tokenize(text, scratch);
        foreach (var t in scratch)
        {
            doc[t] = Math.Max(doc.GetValueOrDefault(t), weight);
        }
    }

    private static void AddPostings(int doc, Dictionary<string, int> docTokens, Dictionary<string, List<int>> postings)
    {
        foreach (var (token, weight) in docTokens)
        {
            if (!postings.TryGetValue(token, out var list))
            {
                postings[token] = list = [];
            }

            list.Add((doc << SnapshotFormat.WeightBits) | weight);
        }
    }

    private static byte[] WriteMeta(BuildModel model, DateTimeOffset created, (int Start, int Count)[] ranges, int entryCount, int termCount)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(created.UtcTicks);
            w.Write(entryCount);
            w.Write(termCount);
            foreach (var (start, count) in ranges)
            {
                w.Write(start);
                w.Write(count);
            }

            w.Write(model.Editions.Count);
            foreach (var ed in model.Editions)
            {
                w.Write((byte)ed.System);
                w.Write(ed.Name);
                w.Write(ed.KnownFrom.DayNumber);
                w.Write(ed.CurrentFrom.DayNumber);
                w.Write(ed.KnownTo.DayNumber);
                w.Write(ed.Count);
                w.Write(ed.BillableCount);
            }

            w.Write(model.Sources.Count);
            foreach (var s in model.Sources)
            {
                w.Write(s);
            }
        }

        return ms.ToArray();
    }

    private static byte[] Bytes<T>(ReadOnlySpan<T> span)
        where T : struct => MemoryMarshal.AsBytes(span).ToArray();

    private static void WriteSections(Stream output, List<(SectionId Id, byte[] Data)> sections)
    {
        var tableEnd = SnapshotFormat.HeaderSize + (sections.Count * SnapshotFormat.SectionEntrySize);
        var offset = Align(tableEnd);
        var table = new byte[tableEnd];
        var positions = new long[sections.Count];
        for (var i = 0; i < sections.Count; i++)
        {
            positions[i] = offset;
            offset = Align(offset + sections[i].Data.Length);
        }

        var total = offset + SnapshotFormat.EndMagic.Length;
        SnapshotFormat.Magic.CopyTo(table);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(8), SnapshotFormat.Version);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(12), sections.Count);
        BinaryPrimitives.WriteInt64LittleEndian(table.AsSpan(16), total);
        for (var i = 0; i < sections.Count; i++)
        {
            var at = SnapshotFormat.HeaderSize + (i * SnapshotFormat.SectionEntrySize);
            BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(at), (int)sections[i].Id);
            BinaryPrimitives.WriteInt64LittleEndian(table.AsSpan(at + 8), positions[i]);
            BinaryPrimitives.WriteInt64LittleEndian(table.AsSpan(at + 16), sections[i].Data.Length);
        }

        output.Write(table);
        long written = table.Length;
        Span<byte> zeros = stackalloc byte[8];
        zeros.Clear();
        for (var i = 0; i < sections.Count; i++)
        {
            output.Write(zeros[..(int)(positions[i] - written)]);
            output.Write(sections[i].Data);
            written = positions[i] + sections[i].Data.Length;
        }

        output.Write(zeros[..(int)(offset - written)]);
        output.Write(SnapshotFormat.EndMagic);
    }

    private static long Align(long x) => (x + 7) & ~7L;

    private static FeeRecord ToRecord(int entry, BuildFee fee, StringTable strings)
    {
        var f = fee.Fields;
        return new FeeRecord
        {
            Entry = entry,
            Modifier = strings.Add(fee.Modifier),
            Description = strings.Add(fee.Description),
            Status = strings.Add(f[3]),
            NotUsedForMedicare = Byte(f[4]),
            Work = Scaled(f[5]),
            NonFacilityPe = Scaled(f[6]),
            NonFacilityNa = Byte(f[7]),
            FacilityPe = Scaled(f[8]),
            FacilityNa = Byte(f[9]),
            Malpractice = Scaled(f[10]),
            NonFacilityTotal = Scaled(f[11]),
            FacilityTotal = Scaled(f[12]),
            PcTc = Byte(f[13]),
            GlobalDays = strings.Add(f[14]),
            PreOp = Scaled(f[15]),
            IntraOp = Scaled(f[16]),
            PostOp = Scaled(f[17]),
            MultipleProcedure = Byte(f[18]),
            Bilateral = Byte(f[19]),
            AssistantSurgery = Byte(f[20]),
            CoSurgeon = Byte(f[21]),
            TeamSurgery = Byte(f[22]),
            PricingIndicator = strings.Add(f[23]),
            EndoscopicBase = strings.Add(f[24]),
            ConversionFactor = Scaled(f[25]),
            PhysicianSupervision = strings.Add(f[26]),
            CalculationFlag = strings.Add(f[27]),
            ImagingFamily = strings.Add(f[28]),
            OppsNonFacilityPe = Scaled(f[29]),
            OppsFacilityPe = Scaled(f[30]),
            OppsMalpractice = Scaled(f[31]),
        };
    }

    private static byte Byte(string s) => s.Length > 0 ? (byte)s[0] : (byte)0;

    private static int Scaled(string s) =>
        decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? (int)Math.Round(d * 10000m) : 0;
}

/// <summary>Deduplicated strings, compiled to UTF-8 bytes and offsets (id -1 = none).</summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int Add(string? s)
    {
        if (s is null)
        {
            return -1;
        }

        if (!_ids.TryGetValue(s, out var id))
        {
            id = _strings.Count;
            _strings.Add(s);
            _ids[s] = id;
        }

        return id;
    }

    public (int[] Offsets, byte[] Bytes) Compile()
    {
        var offsets = new int[_strings.Count + 1];
        var total = 0;
        for (var i = 0; i < _strings.Count; i++)
        {
            offsets[i] = total;
            total += Encoding.UTF8.GetByteCount(_strings[i]);
        }

        offsets[^1] = total;
        var bytes = new byte[total];
        for (var i = 0; i < _strings.Count; i++)
        {
            Encoding.UTF8.GetBytes(_strings[i], bytes.AsSpan(offsets[i]));
        }

        return (offsets, bytes);
    }
}
