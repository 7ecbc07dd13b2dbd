using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AcknowledgementsEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PredecessorClaimId",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AdjudicationDate",
                table: "ClaimOtherCoverages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Adjustments",
                table: "ClaimOtherCoverages",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "PaidAmount",
                table: "ClaimOtherCoverages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerClaimControlNumber",
                table: "ClaimOtherCoverages",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemainingPatientLiability",
                table: "ClaimOtherCoverages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OtherPayerAdjudications",
                table: "ClaimLines",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AcknowledgementFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ControlNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResultCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcknowledgementFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoverageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TraceNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Request = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResponseSummary = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityChecks_Coverages_CoverageId",
                        column: x => x.CoverageId,
                        principalTable: "Coverages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EligibilityChecks_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EligibilityChecks_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AcknowledgementResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PayerClaimControlNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Changed = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcknowledgementResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcknowledgementResults_AcknowledgementFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "AcknowledgementFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AcknowledgementResults_ClaimBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ClaimBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AcknowledgementResults_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PredecessorClaimId",
                table: "Claims",
                column: "PredecessorClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementFiles_ReceivedAt",
                table: "AcknowledgementFiles",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementFiles_Sha256",
                table: "AcknowledgementFiles",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementResults_BatchId",
                table: "AcknowledgementResults",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementResults_ClaimId_At",
                table: "AcknowledgementResults",
                columns: new[] { "ClaimId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementResults_FileId",
                table: "AcknowledgementResults",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityChecks_CoverageId",
                table: "EligibilityChecks",
                column: "CoverageId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityChecks_OrganizationId",
                table: "EligibilityChecks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityChecks_PatientId_RequestedAt",
                table: "EligibilityChecks",
                columns: new[] { "PatientId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityChecks_TraceNumber",
                table: "EligibilityChecks",
                column: "TraceNumber",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Claims_PredecessorClaimId",
                table: "Claims",
                column: "PredecessorClaimId",
                principalTable: "Claims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Claims_PredecessorClaimId",
                table: "Claims");

            migrationBuilder.DropTable(
                name: "AcknowledgementResults");

            migrationBuilder.DropTable(
                name: "EligibilityChecks");

            migrationBuilder.DropTable(
                name: "AcknowledgementFiles");

            migrationBuilder.DropIndex(
                name: "IX_Claims_PredecessorClaimId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PredecessorClaimId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AdjudicationDate",
                table: "ClaimOtherCoverages");

            migrationBuilder.DropColumn(
                name: "Adjustments",
                table: "ClaimOtherCoverages");

            migrationBuilder.DropColumn(
                name: "PaidAmount",
                table: "ClaimOtherCoverages");

            migrationBuilder.DropColumn(
                name: "PayerClaimControlNumber",
                table: "ClaimOtherCoverages");

            migrationBuilder.DropColumn(
                name: "RemainingPatientLiability",
                table: "ClaimOtherCoverages");

            migrationBuilder.DropColumn(
                name: "OtherPayerAdjudications",
                table: "ClaimLines");
        }
    }
}
