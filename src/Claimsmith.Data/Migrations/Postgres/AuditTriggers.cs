using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Postgres
{
    /// <summary>
    /// Hand-written: the audit log is append-only (HIPAA 164.312(b), integrity 164.312(c)(1)), so
    /// the database refuses UPDATE, DELETE and TRUNCATE of its entries, deleting the chain head,
    /// and moving the head backwards (claimsmith_append_only() comes from AppendOnlyTriggers).
    /// Triggers are not part of the EF model, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(PostgresClaimsmithDbContext))]
    [Migration("20261127214500_AuditTriggers")]
    public partial class AuditTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_AppendOnly\" BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION claimsmith_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_NoTruncate\" BEFORE TRUNCATE ON \"AuditEntries\" FOR EACH STATEMENT EXECUTE FUNCTION claimsmith_append_only();");
            migrationBuilder.Sql("""
                CREATE FUNCTION claimsmith_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'DELETE' OR NEW."Sequence" < OLD."Sequence" OR NEW."Id" <> OLD."Id" THEN
                    RAISE EXCEPTION 'the audit chain head only moves forward';
                  END IF;
                  RETURN NEW;
                END; $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER \"AuditChainHeads_Forward\" BEFORE UPDATE OR DELETE ON \"AuditChainHeads\" FOR EACH ROW EXECUTE FUNCTION claimsmith_audit_head_forward();");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditChainHeads_NoTruncate\" BEFORE TRUNCATE ON \"AuditChainHeads\" FOR EACH STATEMENT EXECUTE FUNCTION claimsmith_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_AppendOnly\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_NoTruncate\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditChainHeads_NoTruncate\" ON \"AuditChainHeads\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS claimsmith_audit_head_forward() CASCADE;");
        }
    }
}
