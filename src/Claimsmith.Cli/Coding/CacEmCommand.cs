using System.ComponentModel;
using Claimsmith.Coding.EvaluationAndManagement;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Coding;

/// <summary><c>claimsmith cac em --new|--established [--minutes N] [--problems ...] [--data ...] --risk LEVEL</c>.</summary>
internal sealed class CacEmCommand : Command<CacEmCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--new")]
        [Description("New patient (99202-99205); otherwise established (99211-99215).")]
        public bool NewPatient { get; init; }

        [CommandOption("--minutes <N>")]
        [Description("Total time on the date of the encounter.")]
        public int? Minutes { get; init; }

        [CommandOption("--note <FILE>")]
        [Description("Read the total time from a note ('total time ... N minutes').")]
        public string? Note { get; init; }

        [CommandOption("--stable-chronic <N>")]
        public int StableChronic { get; init; }

        [CommandOption("--minor <N>")]
        public int Minor { get; init; }

        [CommandOption("--acute <N>")]
        public int Acute { get; init; }

        [CommandOption("--exacerbation <N>")]
        public int Exacerbation { get; init; }

        [CommandOption("--severe <N>")]
        public int Severe { get; init; }

        [CommandOption("--tests <N>")]
        [Description("Unique tests reviewed or ordered plus external notes reviewed.")]
        public int Tests { get; init; }

        [CommandOption("--interpretation")]
        public bool Interpretation { get; init; }

        [CommandOption("--discussion")]
        public bool Discussion { get; init; }

        [CommandOption("--risk <LEVEL>")]
        [Description("straightforward|low|moderate|high")]
        public MdmLevel Risk { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var minutes = settings.Minutes;
        if (minutes is null && settings.Note is { } path && File.Exists(path))
        {
            minutes = EmLevelCalculator.ReadTotalMinutes(File.ReadAllText(path));
        }

        var input = new EmInput(
            settings.NewPatient,
            minutes,
            new EmProblems { StableChronic = settings.StableChronic, SelfLimitedOrMinor = settings.Minor, AcuteUncomplicated = settings.Acute, ChronicWithExacerbation = settings.Exacerbation, ChronicSevereExacerbation = settings.Severe },
            new EmData { UniqueTestsReviewed = settings.Tests, IndependentInterpretation = settings.Interpretation, ExternalDiscussion = settings.Discussion },
            settings.Risk);
        var result = EmLevelCalculator.Calculate(input);
        console.MarkupLineInterpolated($"[bold]{result.Code}[/] ({result.Basis}, MDM {result.Mdm})");
        foreach (var r in result.Reasons)
        {
            console.WriteLine("  - " + r);
        }

        return 0;
    }
}
