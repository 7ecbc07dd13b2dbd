namespace Claimsmith.Web.Jobs;

/// <summary>Where a workbench job is in its life.</summary>
internal enum JobState
{
    /// <summary>Waiting for an earlier job of the same kind and organization to end.</summary>
    Queued = 0,
    /// <summary>Working through its items.</summary>
    Running = 1,
    /// <summary>Every item handled (some may have failed: see the errors).</summary>
    Done = 2,
    /// <summary>Stopped by an error on the server; what was finished stays.</summary>
    Failed = 3,
    /// <summary>Stopped by a user between two items; what was finished stays.</summary>
    Cancelled = 4,
}
