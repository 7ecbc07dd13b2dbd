using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_PayerId",
                table: "Claims");

            migrationBuilder.AddColumn<long>(
                name: "TotalCharge",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing claims get the sum of their lines (the context keeps it equal from now on).
            migrationBuilder.Sql(ClaimTotalsSql.Backfill);

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_ServiceFrom_Id",
                table: "Encounters",
                columns: new[] { "ServiceFrom", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_OrganizationId_ServiceFrom",
                table: "Claims",
                columns: new[] { "OrganizationId", "ServiceFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PayerId_ServiceFrom",
                table: "Claims",
                columns: new[] { "PayerId", "ServiceFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ServiceFrom_ClaimNumber",
                table: "Claims",
                columns: new[] { "ServiceFrom", "ClaimNumber" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_TotalCharge",
                table: "Claims",
                column: "TotalCharge");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Encounters_ServiceFrom_Id",
                table: "Encounters");

            migrationBuilder.DropIndex(
                name: "IX_Claims_OrganizationId_ServiceFrom",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_PayerId_ServiceFrom",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ServiceFrom_ClaimNumber",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_TotalCharge",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "TotalCharge",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PayerId",
                table: "Claims",
                column: "PayerId");
        }
    }
}
