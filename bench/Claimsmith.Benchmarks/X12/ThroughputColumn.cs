using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Claimsmith.Benchmarks.X12;

/// <summary>MB/s column: the size of the file the benchmark reads (its <c>FileMb</c> parameter, in 10^6 bytes, measured on disk) over the mean time.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput in 10^6 bytes per second of input";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var mean = report?.ResultStatistics?.Mean;
        if (mean is null or 0)
        {
            return "-";
        }

        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var mb = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "FileMb")?.Value is int size ? size : 100;
        var path = method.Contains("835", StringComparison.Ordinal) ? X12BenchmarkFiles.Remittance835(mb * 1_000_000L) : X12BenchmarkFiles.Claims837P(mb * 1_000_000L);
        var bytes = new FileInfo(path).Length;
        return (bytes / 1e6 / (mean.Value / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
