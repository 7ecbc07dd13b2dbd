using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: the ledger and claim history are append-only (DOMAIN.md privacy/integrity:
    /// nothing altered or lost silently), so the database itself refuses UPDATE and DELETE.
    /// Triggers are not part of the EF model, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(SqliteClaimsmithDbContext))]
    [Migration("20261127180000_AppendOnlyTriggers")]
    public partial class AppendOnlyTriggers : Migration
    {
        private static readonly string[] Tables = ["LedgerEntries", "ClaimStatusChanges"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var t in Tables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_NoUpdate\" BEFORE UPDATE ON \"{t}\" BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_NoDelete\" BEFORE DELETE ON \"{t}\" BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var t in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{t}_NoUpdate\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{t}_NoDelete\";");
            }
        }
    }
}
