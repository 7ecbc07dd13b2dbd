using Microsoft.EntityFrameworkCore.Migrations;

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written part of the FreelanceServices migration: captured time, time entries, coded
    /// charts, invoice lines and invoice payments are append-only (corrections are new rows), and an
    /// issued invoice changes only by being voided once: the database refuses the rest, as for the
    /// ledger (AppendOnlyTriggers), so even a change that bypasses the context fails.
    /// </summary>
    internal static class FreelanceServicesTriggers
    {
        private static readonly string[] AppendOnly = ["ActivityEvents", "TimeEntries", "CodedCharts", "ClientInvoiceLines", "InvoicePayments"];

        public static void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var t in AppendOnly)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_NoUpdate\" BEFORE UPDATE ON \"{t}\" BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"{t}_NoDelete\" BEFORE DELETE ON \"{t}\" BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;");
            }

            migrationBuilder.Sql("CREATE TRIGGER \"ClientInvoices_NoDelete\" BEFORE DELETE ON \"ClientInvoices\" BEGIN SELECT RAISE(ABORT, 'ClientInvoices are voided, never deleted'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"ClientInvoices_Immutable\" BEFORE UPDATE ON \"ClientInvoices\" "
                + "WHEN OLD.\"Status\" <> 0 OR NEW.\"Status\" <> 1 OR NEW.\"Number\" IS NOT OLD.\"Number\" OR NEW.\"Total\" IS NOT OLD.\"Total\" "
                + "OR NEW.\"Subtotal\" IS NOT OLD.\"Subtotal\" OR NEW.\"MinimumFeeAdjustment\" IS NOT OLD.\"MinimumFeeAdjustment\" "
                + "OR NEW.\"PeriodStart\" IS NOT OLD.\"PeriodStart\" OR NEW.\"PeriodEnd\" IS NOT OLD.\"PeriodEnd\" OR NEW.\"IssueDate\" IS NOT OLD.\"IssueDate\" "
                + "OR NEW.\"DueDate\" IS NOT OLD.\"DueDate\" OR NEW.\"OrganizationId\" IS NOT OLD.\"OrganizationId\" OR NEW.\"ClientId\" IS NOT OLD.\"ClientId\" "
                + "BEGIN SELECT RAISE(ABORT, 'An issued invoice is only ever voided'); END;");
        }

        public static void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var t in AppendOnly)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{t}_NoUpdate\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{t}_NoDelete\";");
            }

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ClientInvoices_NoDelete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ClientInvoices_Immutable\";");
        }
    }
}
