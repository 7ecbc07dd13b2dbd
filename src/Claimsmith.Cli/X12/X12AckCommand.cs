using System.ComponentModel;
using System.Text;
using Claimsmith.X12.Acknowledgments;
using Claimsmith.X12.Validation;
using Claimsmith.X12.Writing;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.X12;

/// <summary><c>claimsmith x12 ack FILE</c>: prints the 999 that acknowledges FILE.</summary>
internal sealed class X12AckCommand : Command<X12AckCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The received X12 file (e.g. an 837 batch).")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--control-number <N>")]
        [Description("ISA13/GS06 of the 999 (default 1).")]
        public int ControlNumber { get; init; } = 1;

        [CommandOption("--line-breaks")]
        [Description("Put each segment on its own line.")]
        public bool LineBreaks { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, Console.Error, TimeProvider.System);

    internal static int Run(Settings settings, TextWriter output, TextWriter error, TimeProvider time)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            error.WriteLine($"{settings.File}: the file does not exist.");
            return 1;
        }

        if (settings.ControlNumber is < 1 or > 999_999_999)
        {
            error.WriteLine("--control-number must be between 1 and 999999999.");
            return 1;
        }

        using var stream = System.IO.File.OpenRead(settings.File);
        var result = X12Validator.Validate(stream);
        if (result.Groups.Count == 0)
        {
            error.WriteLine($"{settings.File}: no functional group could be read, so there is nothing to acknowledge.");
            foreach (var i in result.Issues)
            {
                error.WriteLine($"  {i}");
            }

            return 1;
        }

        var bytes = Acknowledgment999Builder.Generate(result, time, settings.ControlNumber, new X12WriterOptions { LineBreaks = settings.LineBreaks });
        output.Write(Encoding.ASCII.GetString(bytes));
        if (!settings.LineBreaks)
        {
            output.WriteLine();
        }

        return 0;
    }
}
