using Claimsmith.Cli.CodeSets;
using Claimsmith.Cli.Billing;
using Claimsmith.Cli.Coding;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("claimsmith");
    config.PropagateExceptions();
    // Command branches register here, one block per feature area.
    config.AddCodeSetCommands();
    Claimsmith.Cli.X12.X12Commands.Register(config);
    config.AddBranch("users", users => users.AddCommand<UsersAddCommand>("add").WithDescription("Create a user (the first admin: users add --admin)."));
    config.AddBranch("claims", claims => claims.AddCommand<ClaimsExportCommand>("export").WithDescription("Write claims as 837P/837I batches or CMS-1500 PDFs."));
    config.AddBranch("reports", reports =>
    {
        reports.AddCommand<Claimsmith.Cli.PatientBilling.ReportsAgingCommand>("aging").WithDescription("A/R aging by payer or patient (days from the date of service).");
        reports.AddCommand<Claimsmith.Cli.PatientBilling.ReportsKpiCommand>("kpi").WithDescription("Revenue-cycle measures for a period, with their definitions.");
    });
    config.AddBranch("statements", s => s.AddCommand<Claimsmith.Cli.PatientBilling.StatementsRunCommand>("run").WithDescription("Send patient statements to balances above a minimum."));
    config.AddBranch("appeals", a => a.AddCommand<Claimsmith.Cli.PatientBilling.AppealsLetterCommand>("letter").WithDescription("Write the appeal letter PDF of a claim's latest appeal."));
    config.AddBranch("demo", demo => demo.AddCommand<DemoSeedCommand>("seed").WithDescription("Fill the database with synthetic practices, patients, encounters and claims."));
    Claimsmith.Cli.Edits.EditsCli.AddEditsCommands(config);
    config.AddCodingCommands();
    Claimsmith.Cli.Audit.AuditCli.AddAuditCommands(config);
    Claimsmith.Cli.Keys.KeysCli.AddKeysCommands(config);
    Claimsmith.Cli.Privacy.DeidCli.AddDeidCommands(config);
    Claimsmith.Cli.Freelance.FreelanceCli.AddFreelanceCommands(config);
    Claimsmith.Cli.Interop.InteropCli.AddInteropCommands(config);
    Claimsmith.Cli.Remittance.EraCli.AddRemittanceCommands(config);
    Claimsmith.Cli.Eligibility.StatusCli.AddStatusCommands(config); // ack read, eligibility request|read
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
