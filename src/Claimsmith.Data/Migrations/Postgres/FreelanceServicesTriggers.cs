using Microsoft.EntityFrameworkCore.Migrations;

namespace Claimsmith.Data.Migrations.Postgres
{
    /// <summary>
    /// Hand-written part of the FreelanceServices migration: captured time, time entries, coded
    /// charts, invoice lines and invoice payments are append-only (corrections are new rows), and an
    /// issued invoice changes only by being voided once: the database refuses the rest, as for the
    /// ledger (AppendOnlyTriggers, which defines claimsmith_append_only()).
    /// </summary>
    internal static class FreelanceServicesTriggers
    {
        private static readonly string[] AppendOnly = ["ActivityEvents", "TimeEntries", "CodedCharts", "ClientInvoiceLines", "InvoicePayments"];

        public static void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var t in AppendOnly)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_AppendOnly\" BEFORE UPDATE OR DELETE ON \"{t}\" FOR EACH ROW EXECUTE FUNCTION claimsmith_append_only();");
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_NoTruncate\" BEFORE TRUNCATE ON \"{t}\" FOR EACH STATEMENT EXECUTE FUNCTION claimsmith_append_only();");
            }

            migrationBuilder.Sql(@"CREATE FUNCTION claimsmith_invoice_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'ClientInvoices are voided, never deleted';
    END IF;
    IF OLD.""Status"" <> 0 OR NEW.""Status"" <> 1
        OR (NEW.""Number"", NEW.""Total"", NEW.""Subtotal"", NEW.""MinimumFeeAdjustment"", NEW.""PeriodStart"", NEW.""PeriodEnd"", NEW.""IssueDate"", NEW.""DueDate"", NEW.""OrganizationId"", NEW.""ClientId"")
           IS DISTINCT FROM (OLD.""Number"", OLD.""Total"", OLD.""Subtotal"", OLD.""MinimumFeeAdjustment"", OLD.""PeriodStart"", OLD.""PeriodEnd"", OLD.""IssueDate"", OLD.""DueDate"", OLD.""OrganizationId"", OLD.""ClientId"") THEN
        RAISE EXCEPTION 'An issued invoice is only ever voided';
    END IF;
    RETURN NEW;
END $$;");
            migrationBuilder.Sql("CREATE TRIGGER \"ClientInvoices_Immutable\" BEFORE UPDATE OR DELETE ON \"ClientInvoices\" FOR EACH ROW EXECUTE FUNCTION claimsmith_invoice_immutable();");
            migrationBuilder.Sql("CREATE TRIGGER \"ClientInvoices_NoTruncate\" BEFORE TRUNCATE ON \"ClientInvoices\" FOR EACH STATEMENT EXECUTE FUNCTION claimsmith_append_only();");
        }

        public static void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var t in AppendOnly)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{t}_AppendOnly\" ON \"{t}\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{t}_NoTruncate\" ON \"{t}\";");
            }

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ClientInvoices_Immutable\" ON \"ClientInvoices\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ClientInvoices_NoTruncate\" ON \"ClientInvoices\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS claimsmith_invoice_immutable();");
        }
    }
}
