using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: overrides of scrubber findings and coders' decisions on suggestions are the
    /// record of who decided what and why (issue 6: every override recorded with user and reason),
    /// so the database refuses UPDATE and DELETE of them, as for the ledger (AppendOnlyTriggers).
    /// Triggers are not part of the EF model, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(SqliteClaimsmithDbContext))]
    [Migration("20261127223000_DecisionTrailTriggers")]
    public partial class DecisionTrailTriggers : Migration
    {
        private static readonly string[] Tables = ["ScrubOverrides", "CodingDecisions"];

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
