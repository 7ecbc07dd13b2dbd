using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Snapshot;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Remittance;

/// <summary>Registers <c>claimsmith era explain|post</c> and <c>claimsmith ledger verify</c>.</summary>
internal static class EraCli
{
    public static void AddRemittanceCommands(IConfigurator config)
    {
        config.AddBranch("era", era =>
        {
            era.SetDescription("Explain and post 835 remittances (ERA).");
            era.AddCommand<EraExplainCommand>("explain").WithDescription("Explain an 835 per claim in plain words: paid, patient owes and why, written off and why, denied lines with reasons and category.");
            era.AddCommand<EraPostCommand>("post").WithDescription("Post an 835 to the ledger: only what balances, exactly once; unmatched claims wait in the exceptions queue.");
        });
        config.AddBranch("ledger", ledger => ledger.AddCommand<LedgerVerifyCommand>("verify").WithDescription("Check every ledger invariant; print what is wrong; exit 1 when anything is."));
    }

    /// <summary>CARC/RARC words from the imported code-set snapshot, or null when none is imported.</summary>
    public static Func<string, string, string?> Describer()
    {
        CodeSetSnapshot? snapshot = null;
        try
        {
            snapshot = SnapshotStore.TryLoad(SnapshotStore.DefaultPath);
        }
        catch (InvalidDataException)
        {
        }
        catch (IOException)
        {
        }

        return (system, code) =>
        {
            if (snapshot is null)
            {
                return null;
            }

            var s = system == "RARC" ? CodeSystem.Rarc : CodeSystem.Carc;
            return snapshot.TryFind(s, code, out var entry) ? entry.LongDescription ?? entry.ShortDescription : null;
        };
    }
}
