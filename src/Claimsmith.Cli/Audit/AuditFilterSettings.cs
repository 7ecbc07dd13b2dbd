using System.ComponentModel;
using Claimsmith.Data.Audit;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Audit;

/// <summary>Search criteria shared by <c>audit search</c> and <c>audit export</c>.</summary>
internal class AuditFilterSettings : CommandSettings
{
    [CommandOption("--from <TIME>")]
    [Description("Entries at or after this time (ISO 8601, e.g. 2026-11-01 or 2026-11-01T08:00Z).")]
    public DateTimeOffset? From { get; init; }

    [CommandOption("--to <TIME>")]
    [Description("Entries before this time.")]
    public DateTimeOffset? To { get; init; }

    [CommandOption("--user <USER>")]
    [Description("User name (email) or id.")]
    public string? User { get; init; }

    [CommandOption("--action <ACTION>")]
    [Description("Action or its prefix, e.g. patient. or access.denied.")]
    public string? Action { get; init; }

    [CommandOption("--org <ID>")]
    [Description("Organization id.")]
    public Guid? Organization { get; init; }

    [CommandOption("--record <ID>")]
    [Description("A record id the entry names.")]
    public string? Record { get; init; }

    [CommandOption("--outcome <OUTCOME>")]
    [Description("Success, Denied, NotFound, Rejected, SignInFailed or Error.")]
    public AuditOutcome? Outcome { get; init; }

    public AuditQuery ToQuery() => new(From, To, User, Action, Organization, Record, Outcome);
}
