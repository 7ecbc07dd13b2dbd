using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhiEncryption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_LastName_FirstName",
                table: "Patients");

            migrationBuilder.AddColumn<string>(
                name: "BirthDateIndex",
                table: "Patients",
                type: "TEXT",
                maxLength: 22,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FirstNameIndex",
                table: "Patients",
                type: "TEXT",
                maxLength: 22,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastNameIndex",
                table: "Patients",
                type: "TEXT",
                maxLength: 22,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_BirthDateIndex",
                table: "Patients",
                column: "BirthDateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_LastNameIndex_FirstNameIndex",
                table: "Patients",
                columns: new[] { "LastNameIndex", "FirstNameIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_OrganizationId_LastNameIndex_FirstNameIndex",
                table: "Patients",
                columns: new[] { "OrganizationId", "LastNameIndex", "FirstNameIndex" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_BirthDateIndex",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_LastNameIndex_FirstNameIndex",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_OrganizationId_LastNameIndex_FirstNameIndex",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "BirthDateIndex",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "FirstNameIndex",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "LastNameIndex",
                table: "Patients");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_LastName_FirstName",
                table: "Patients",
                columns: new[] { "LastName", "FirstName" });
        }
    }
}
