using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PatientBillingAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AppealDays",
                table: "Payers");

            migrationBuilder.AddColumn<int>(
                name: "AppealWindowDays",
                table: "Payers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimLineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    DenialCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    DenialDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmountAppealed = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountRecovered = table.Column<long>(type: "INTEGER", nullable: false),
                    LcdReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Enclosures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appeals_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appeals_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthlyAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GraceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentPlans_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentPlans_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatementRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatementDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PatientName = table.Column<string>(type: "TEXT", nullable: false),
                    Address_Line1 = table.Column<string>(type: "TEXT", nullable: false),
                    Address_Line2 = table.Column<string>(type: "TEXT", nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", nullable: false),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address_PostalCode = table.Column<string>(type: "TEXT", nullable: false),
                    AmountDue = table.Column<long>(type: "INTEGER", nullable: false),
                    Charges = table.Column<long>(type: "INTEGER", nullable: false),
                    InsurancePayments = table.Column<long>(type: "INTEGER", nullable: false),
                    Adjustments = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientPayments = table.Column<long>(type: "INTEGER", nullable: false),
                    Current = table.Column<long>(type: "INTEGER", nullable: false),
                    Days31To60 = table.Column<long>(type: "INTEGER", nullable: false),
                    Days61To90 = table.Column<long>(type: "INTEGER", nullable: false),
                    Days91To120 = table.Column<long>(type: "INTEGER", nullable: false),
                    Over120 = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatementRecords_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatementRecords_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppealEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountRecovered = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealEvents_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_OrganizationId_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "OrganizationId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AppealEvents_AppealId_At",
                table: "AppealEvents",
                columns: new[] { "AppealId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ClaimId_Level",
                table: "Appeals",
                columns: new[] { "ClaimId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_OrganizationId_Outcome_Deadline",
                table: "Appeals",
                columns: new[] { "OrganizationId", "Outcome", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_OrganizationId",
                table: "PaymentPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_PatientId_Status",
                table: "PaymentPlans",
                columns: new[] { "PatientId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatementRecords_OrganizationId_StatementDate",
                table: "StatementRecords",
                columns: new[] { "OrganizationId", "StatementDate" });

            migrationBuilder.CreateIndex(
                name: "IX_StatementRecords_PatientId_StatementDate",
                table: "StatementRecords",
                columns: new[] { "PatientId", "StatementDate" });

            migrationBuilder.CreateIndex(
                name: "IX_StatementRecords_StatementNumber",
                table: "StatementRecords",
                column: "StatementNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppealEvents");

            migrationBuilder.DropTable(
                name: "PaymentPlans");

            migrationBuilder.DropTable(
                name: "StatementRecords");

            migrationBuilder.DropTable(
                name: "Appeals");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_OrganizationId_PostedAt",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "AppealWindowDays",
                table: "Payers");

            migrationBuilder.AddColumn<int>(
                name: "AppealDays",
                table: "Payers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
