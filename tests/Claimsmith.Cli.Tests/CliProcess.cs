using System.Diagnostics;
using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Cli.Tests;

/// <summary>
/// Runs the built <c>claimsmith</c> command as a real process on a temporary home: SQLite in that
/// home (no PostgreSQL from the environment), its own key file, wide tables.
/// </summary>
internal static class CliProcess
{
    /// <summary>A process start for <paramref name="args"/> on <paramref name="home"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string home, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "claimsmith.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CLAIMSMITH_HOME"] = home;
        info.Environment[DatabaseSettings.PostgresVariable] = "";
        info.Environment[KeyRingOptions.KeyFileVariable] = "";
        info.Environment["COLUMNS"] = "200";
        return info;
    }

    /// <summary>Runs to the end; <paramref name="input"/> is written to standard input (e.g. a password prompt).</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string home, string? input, CancellationToken ct, params string[] args)
    {
        using var process = Process.Start(StartInfo(home, args))!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input.AsMemory(), ct);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Deletes a test home (SQLite pools released first); a file still held open is left.</summary>
    public static void DeleteHome(string home)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
