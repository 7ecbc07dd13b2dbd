using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Postgres
{
    /// <summary>
    /// Hand-written: the ledger and claim history are append-only (DOMAIN.md privacy/integrity:
    /// nothing altered or lost silently), so the database itself refuses UPDATE, DELETE and TRUNCATE.
    /// Triggers are not part of the EF model, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(PostgresClaimsmithDbContext))]
    [Migration("20261127180000_AppendOnlyTriggers")]
    public partial class AppendOnlyTriggers : Migration
    {
        private static readonly string[] Tables = ["LedgerEntries", "ClaimStatusChanges"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION claimsmith_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$;
                """);
            foreach (var t in Tables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_AppendOnly\" BEFORE UPDATE OR DELETE ON \"{t}\" FOR EACH ROW EXECUTE FUNCTION claimsmith_append_only();");
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_NoTruncate\" BEFORE TRUNCATE ON \"{t}\" FOR EACH STATEMENT EXECUTE FUNCTION claimsmith_append_only();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS claimsmith_append_only() CASCADE;");
        }
    }
}
