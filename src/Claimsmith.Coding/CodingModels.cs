using Claimsmith.CodeSets;
using Claimsmith.Coding.Learning;

namespace Claimsmith.Coding;

/// <summary>
/// Learned artefacts built by <c>claimsmith cac train</c> from coded notes and kept in
/// <c>CLAIMSMITH_HOME/cac</c> (never part of the repository). Either system may be absent.
/// </summary>
public sealed class CodingModels
{
    private const string DiagnosisFile = "icd10cm.cacmodel";
    private const string ProcedureFile = "icd10pcs.cacmodel";

    internal CodingModels(LearnedRanker? diagnoses, LearnedRanker? procedures)
    {
        Diagnoses = diagnoses;
        Procedures = procedures;
    }

    internal LearnedRanker? Diagnoses { get; }

    internal LearnedRanker? Procedures { get; }

    /// <summary>The folder the CLI and web host use: <c>CLAIMSMITH_HOME/cac</c>.</summary>
    public static string DefaultDirectory => Path.Combine(ClaimsmithPaths.HomeDirectory, "cac");

    /// <summary>Whether a diagnosis model is present.</summary>
    public bool HasDiagnosisModel => Diagnoses is not null;

    /// <summary>Whether a procedure model is present.</summary>
    public bool HasProcedureModel => Procedures is not null;

    /// <summary>The learned acceptance threshold for diagnoses (NaN without a model).</summary>
    public double DiagnosisThreshold => Diagnoses?.Threshold ?? double.NaN;

    /// <summary>The learned acceptance threshold for procedures (NaN without a model).</summary>
    public double ProcedureThreshold => Procedures?.Threshold ?? double.NaN;

    internal LearnedRanker? For(CodeSystem system) => system == CodeSystem.Icd10Pcs ? Procedures : Diagnoses;

    /// <summary>
    /// Loads the models in <paramref name="directory"/>; returns null (with the reason in
    /// <paramref name="issues"/> for a damaged file) when there are none.
    /// </summary>
    public static CodingModels? Load(string directory, out IReadOnlyList<CodingIssue> issues) => Load(directory, null, out issues);

    /// <summary>
    /// Loads only <paramref name="system"/>'s model from <paramref name="directory"/> (both when
    /// null): a caller coding one system skips reading the other's statistics, most of the
    /// start-up time of a batch run.
    /// </summary>
    public static CodingModels? Load(string directory, CodeSystem? system, out IReadOnlyList<CodingIssue> issues)
    {
        var list = new List<CodingIssue>();
        LearnedRanker? Read(string file)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                return null;
            }

            try
            {
                using var stream = File.OpenRead(path);
                return LearnedRanker.Read(new BufferedStream(stream, 1 << 16));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException)
            {
                list.Add(new CodingIssue("CAC020", path, $"The coding model could not be read ({ex.Message}); run 'claimsmith cac train' again."));
                return null;
            }
        }

        var d = system is null or CodeSystem.Icd10Cm ? Read(DiagnosisFile) : null;
        var p = system is null or CodeSystem.Icd10Pcs ? Read(ProcedureFile) : null;
        issues = list;
        return d is null && p is null ? null : new CodingModels(d, p);
    }

    /// <summary>Writes the models to <paramref name="directory"/> (created when missing), replacing older ones.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        void Write(LearnedRanker? ranker, string file)
        {
            if (ranker is null)
            {
                return;
            }

            var path = Path.Combine(directory, file);
            var temp = path + ".tmp";
            using (var stream = File.Create(temp))
            {
                ranker.Write(stream);
            }

            File.Move(temp, path, overwrite: true);
        }

        Write(Diagnoses, DiagnosisFile);
        Write(Procedures, ProcedureFile);
    }
}
