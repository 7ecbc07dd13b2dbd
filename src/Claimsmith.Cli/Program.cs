using Claimsmith.Cli.CodeSets;
using Claimsmith.Cli.Coding;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("claimsmith");
    config.PropagateExceptions();
    // Command branches register here, one block per feature area.
    config.AddCodeSetCommands();
    config.AddCodingCommands();
});

try
{
    return await app.RunAsync(args).ConfigureAwait(false);
}
catch (CommandParseException ex)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}
catch (CommandRuntimeException ex)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}
