using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: the audit log is append-only (HIPAA 164.312(b), integrity 164.312(c)(1)), so
    /// the database refuses UPDATE and DELETE of its entries, deleting the chain head, and moving
    /// the head backwards. Triggers are not part of the EF model, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(SqliteClaimsmithDbContext))]
    [Migration("20261127214500_AuditTriggers")]
    public partial class AuditTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_NoUpdate\" BEFORE UPDATE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_NoDelete\" BEFORE DELETE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditChainHeads_NoDelete\" BEFORE DELETE ON \"AuditChainHeads\" BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be deleted'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditChainHeads_Forward\" BEFORE UPDATE ON \"AuditChainHeads\" WHEN NEW.\"Sequence\" < OLD.\"Sequence\" OR NEW.\"Id\" <> OLD.\"Id\" BEGIN SELECT RAISE(ABORT, 'the audit chain head only moves forward'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "AuditEntries_NoUpdate", "AuditEntries_NoDelete", "AuditChainHeads_NoDelete", "AuditChainHeads_Forward" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            }
        }
    }
}
