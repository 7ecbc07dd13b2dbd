using System.ComponentModel;
using Claimsmith.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Billing;

/// <summary>
/// <c>claimsmith users add --email E [--admin] [--role R]...</c>: creates a user. This is how a
/// new installation gets its first admin; there is no default password. The password is read
/// from standard input (or prompted for) so it never appears in the shell history.
/// </summary>
internal sealed class UsersAddCommand : AsyncCommand<UsersAddCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--email <EMAIL>")]
        [Description("The user's email, used to sign in.")]
        public string? Email { get; init; }

        [CommandOption("--admin")]
        [Description("Give the user the admin role.")]
        public bool Admin { get; init; }

        [CommandOption("--role <ROLE>")]
        [Description("A role: admin, coder, biller, auditor, freelance-coder (repeatable).")]
        public string[] Roles { get; init; } = [];

        [CommandOption("--org <ORG>")]
        [Description("An organization (id or exact name) the user works for (repeatable); the user sees only these.")]
        public string[] Organizations { get; init; } = [];

        [CommandOption("--all-organizations")]
        [Description("The user works for every organization (staff of the billing service).")]
        public bool AllOrganizations { get; init; }

        [CommandOption("--password-stdin")]
        [Description("Read the password from standard input instead of prompting.")]
        public bool PasswordStdin { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Email) ? ValidationResult.Error("--email is required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var password = settings.PasswordStdin
            ? (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim() ?? ""
            : await AnsiConsole.PromptAsync(new TextPrompt<string>("Password (12+ characters):").Secret(), cancellationToken).ConfigureAwait(false);
        var roles = settings.Roles.Concat(settings.Admin ? [ClaimsmithRoles.Admin] : []).Distinct().ToList();

        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClaimsmithUser>>();
        var organizations = await Audit.UserOrganizations.ResolveAsync(scope.ServiceProvider, settings.Organizations, cancellationToken).ConfigureAwait(false);
        if (organizations.Unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"UnknownOrganization: no organization with id or name {string.Join(", ", organizations.Unknown)}.").ConfigureAwait(false);
            return 1;
        }

        var result = await ClaimsmithIdentity.CreateUserAsync(users, settings.Email!, password, roles).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await Console.Error.WriteLineAsync($"{e.Code}: {e.Description}").ConfigureAwait(false);
            }

            return 1;
        }

        await Audit.UserOrganizations.AssignAsync(scope.ServiceProvider, settings.Email!, organizations.Ids, settings.AllOrganizations, cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated($"Created [bold]{settings.Email}[/] with roles: {(roles.Count == 0 ? "(none)" : string.Join(", ", roles))}; organizations: {(settings.AllOrganizations ? "all" : organizations.Ids.Count == 0 ? "(none)" : string.Join(", ", organizations.Ids))}.");
        return 0;
    }
}
