namespace Claimsmith.CodeSets.Importing;

/// <summary>Collects issues for one file, bounded so a garbage file cannot produce millions.</summary>
internal sealed class IssueList(List<ImportIssue> sink, string path)
{
    private const int MaxPerFile = 50;
    private int _count;

    public string FileName { get; } = Path.GetFileName(path);

    public bool HasErrors { get; private set; }

    public void Error(string code, int line, string message)
    {
        HasErrors = true;
        if (_count++ < MaxPerFile)
        {
            sink.Add(new ImportIssue(code, FileName, line, message));
        }
    }

    public void Warning(string code, int line, string message)
    {
        if (_count++ < MaxPerFile)
        {
            sink.Add(new ImportIssue(code, FileName, line, message, IsError: false));
        }
    }
}
