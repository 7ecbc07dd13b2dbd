using System.Text.RegularExpressions;
using Claimsmith.CodeSets.Encoder;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// The official files an import reads. <see cref="Discover"/> finds them in the layout of the
/// reference data folder (<c>icd10cm/YYYY/</c>, <c>icd10pcs/YYYY/</c>, <c>mpfs/YYYY/</c>,
/// <c>x12/codes/</c>, optional <c>hcpcs/</c> and <c>cpt/</c>); any may be left null.
/// </summary>
public sealed partial record CodeSetSources
{
    /// <summary>ICD-10-CM order file (<c>icd10cm_order_YYYY.txt</c>).</summary>
    public string? Icd10CmOrderFile { get; init; }

    /// <summary>ICD-10-CM order addenda (<c>icd10cm_order_addenda_YYYY.txt</c>).</summary>
    public string? Icd10CmAddendaFile { get; init; }

    /// <summary>ICD-10-CM Tabular List XML.</summary>
    public string? TabularFile { get; init; }

    /// <summary>Index XML files (schema icd10cm-index): Alphabetic Index, External Cause Index, Drug Table, Neoplasm Table.</summary>
    public IReadOnlyList<(IndexSource Source, string Path)> IndexFiles { get; init; } = [];

    /// <summary>ICD-10-PCS order file.</summary>
    public string? PcsOrderFile { get; init; }

    /// <summary>ICD-10-PCS order addenda.</summary>
    public string? PcsAddendaFile { get; init; }

    /// <summary>MPFS relative value file (<c>PPRRVUYYYY*.csv</c>).</summary>
    public string? MpfsFile { get; init; }

    /// <summary>GPCI file (<c>GPCIYYYY.csv</c>).</summary>
    public string? GpciFile { get; init; }

    /// <summary>CMS annual HCPCS Level II file (fixed width).</summary>
    public string? HcpcsAnnualFile { get; init; }

    /// <summary>A customer's licensed CPT code and descriptor file.</summary>
    public string? CptFile { get; init; }

    /// <summary>CARC list (<c>Code,Description</c> CSV).</summary>
    public string? CarcFile { get; init; }

    /// <summary>RARC list (<c>Code,Description</c> CSV with Start:/Stop: dates).</summary>
    public string? RarcFile { get; init; }

    /// <summary>Claim adjustment group codes (<c>Code,Description</c> CSV).</summary>
    public string? GroupCodeFile { get; init; }

    /// <summary>Place-of-service code list (one code per line).</summary>
    public string? PlaceOfServiceFile { get; init; }

    [GeneratedRegex(@"(20\d\d)")]
    private static partial Regex YearPattern();

    /// <summary>The four-digit year in a file's name (or its folder's), or null.</summary>
    public static int? YearOf(string path)
    {
        var m = YearPattern().Match(Path.GetFileName(path));
        if (!m.Success)
        {
            m = YearPattern().Match(Path.GetFileName(Path.GetDirectoryName(path) ?? ""));
        }

        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Finds the newest official files in a reference data folder.</summary>
    public static CodeSetSources Discover(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        string? Newest(string sub, string pattern, Func<string, bool>? filter = null)
        {
            var dir = Path.Combine(dataDirectory, sub);
            if (!Directory.Exists(dir))
            {
                return null;
            }

            return Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories)
                .Where(f => filter?.Invoke(Path.GetFileName(f)) ?? true)
                .OrderByDescending(f => YearOf(f) ?? 0)
                .ThenBy(f => f, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        static bool Xml(string n) => n.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        var index = new List<(IndexSource, string)>();
        void AddIndex(IndexSource source, string? path)
        {
            if (path is not null)
            {
                index.Add((source, path));
            }
        }

        AddIndex(IndexSource.AlphabeticIndex, Newest("icd10cm", "*index*.xml", n => !n.Contains("eindex", StringComparison.OrdinalIgnoreCase)));
        AddIndex(IndexSource.ExternalCause, Newest("icd10cm", "*eindex*.xml"));
        AddIndex(IndexSource.DrugTable, Newest("icd10cm", "*drug*.xml", n => Xml(n) && !n.Contains("neoplasm", StringComparison.OrdinalIgnoreCase)));
        AddIndex(IndexSource.NeoplasmTable, Newest("icd10cm", "*neoplasm*.xml", n => Xml(n) && !n.Contains("drug", StringComparison.OrdinalIgnoreCase)));
        var codes = Path.Combine(dataDirectory, "x12", "codes");
        string? Codes(string name) => File.Exists(Path.Combine(codes, name)) ? Path.Combine(codes, name) : null;

        return new CodeSetSources
        {
            Icd10CmOrderFile = Newest("icd10cm", "icd10cm_order_*.txt", n => !n.Contains("addenda", StringComparison.OrdinalIgnoreCase)),
            Icd10CmAddendaFile = Newest("icd10cm", "icd10cm_order_addenda_*.txt"),
            // Chapter extracts (…_ch2.xml) are not the whole Tabular List.
            TabularFile = Newest("icd10cm", "*tabular*.xml", n => !n.Contains("_ch", StringComparison.OrdinalIgnoreCase)),
            IndexFiles = index,
            PcsOrderFile = Newest("icd10pcs", "icd10pcs_order_*.txt", n => !n.Contains("addenda", StringComparison.OrdinalIgnoreCase)),
            PcsAddendaFile = Newest("icd10pcs", "*order_addenda_*.txt"),
            MpfsFile = Newest("mpfs", "PPRRVU*.csv"),
            GpciFile = Newest("mpfs", "GPCI*.csv"),
            HcpcsAnnualFile = Newest("hcpcs", "HCPC*.txt", n => !n.Contains("README", StringComparison.OrdinalIgnoreCase)),
            CptFile = Newest("cpt", "*.txt"),
            CarcFile = Codes("claim_adjustment_reason_codes.csv"),
            RarcFile = Codes("remittance_advice_remark_codes.csv"),
            GroupCodeFile = Codes("claim_adjustment_group_codes.csv"),
            PlaceOfServiceFile = Codes("pyx12_codes_pos.txt"),
        };
    }
}
