using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RemittancePosting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AppealDays",
                table: "Payers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "AdjudicationId",
                table: "LedgerEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DenialWorkItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    PayerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdjudicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdjudicationLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Underpayment = table.Column<bool>(type: "boolean", nullable: false),
                    ReasonCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AmountAtStake = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Expected = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    RemittanceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AssignedTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DenialWorkItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DenialWorkItems_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayerContractRates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PayerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Modifier = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Allowed = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayerContractRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayerContractRates_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RemittanceAdvices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PayerKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PayerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TraceNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PaymentAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PaymentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ControlNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemittanceAdvices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemittanceRejections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PayerKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TraceNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PaymentAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemittanceRejections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DenialWorkItemEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DenialWorkItemEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DenialWorkItemEvents_DenialWorkItems_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "DenialWorkItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClaimAdjudications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RemittanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: true),
                    PatientControlNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StatusCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Charge = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PatientResponsibility = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    FilingIndicator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PayerClaimControlNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CrossoverPayerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CrossoverPayerId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RemarkCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    ExceptionCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExceptionMessage = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReversesAdjudicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Overpayment = table.Column<bool>(type: "boolean", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PostedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimAdjudications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimAdjudications_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClaimAdjudications_RemittanceAdvices_RemittanceId",
                        column: x => x.RemittanceId,
                        principalTable: "RemittanceAdvices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProviderLevelAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RemittanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderIdentifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReasonCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderLevelAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderLevelAdjustments_RemittanceAdvices_RemittanceId",
                        column: x => x.RemittanceId,
                        principalTable: "RemittanceAdvices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdjudicationAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdjudicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineId = table.Column<Guid>(type: "uuid", nullable: true),
                    Group = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: true),
                    ClaimAdjudicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdjudicationAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdjudicationAdjustments_ClaimAdjudications_AdjudicationId",
                        column: x => x.AdjudicationId,
                        principalTable: "ClaimAdjudications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdjudicationAdjustments_ClaimAdjudications_ClaimAdjudicatio~",
                        column: x => x.ClaimAdjudicationId,
                        principalTable: "ClaimAdjudications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AdjudicationLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdjudicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ClaimLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    LineControlNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProcedureCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Modifiers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RevenueCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Charge = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Allowed = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Units = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RemarkCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdjudicationLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdjudicationLines_ClaimAdjudications_AdjudicationId",
                        column: x => x.AdjudicationId,
                        principalTable: "ClaimAdjudications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_AdjudicationId",
                table: "LedgerEntries",
                column: "AdjudicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdjudicationAdjustments_AdjudicationId",
                table: "AdjudicationAdjustments",
                column: "AdjudicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdjudicationAdjustments_ClaimAdjudicationId",
                table: "AdjudicationAdjustments",
                column: "ClaimAdjudicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdjudicationLines_AdjudicationId",
                table: "AdjudicationLines",
                column: "AdjudicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdjudicationLines_ClaimLineId",
                table: "AdjudicationLines",
                column: "ClaimLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimAdjudications_ClaimId_PostedAt",
                table: "ClaimAdjudications",
                columns: new[] { "ClaimId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimAdjudications_RemittanceId_Sequence",
                table: "ClaimAdjudications",
                columns: new[] { "RemittanceId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimAdjudications_State",
                table: "ClaimAdjudications",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_DenialWorkItemEvents_WorkItemId_At",
                table: "DenialWorkItemEvents",
                columns: new[] { "WorkItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DenialWorkItems_AdjudicationId",
                table: "DenialWorkItems",
                column: "AdjudicationId");

            migrationBuilder.CreateIndex(
                name: "IX_DenialWorkItems_ClaimId",
                table: "DenialWorkItems",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_DenialWorkItems_Status_Deadline",
                table: "DenialWorkItems",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_PayerContractRates_PayerId_ProcedureCode_Modifier",
                table: "PayerContractRates",
                columns: new[] { "PayerId", "ProcedureCode", "Modifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProviderLevelAdjustments_RemittanceId",
                table: "ProviderLevelAdjustments",
                column: "RemittanceId");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceAdvices_PayerKey_TraceNumber",
                table: "RemittanceAdvices",
                columns: new[] { "PayerKey", "TraceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceAdvices_ReceivedAt",
                table: "RemittanceAdvices",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceRejections_PayerKey_TraceNumber",
                table: "RemittanceRejections",
                columns: new[] { "PayerKey", "TraceNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdjudicationAdjustments");

            migrationBuilder.DropTable(
                name: "AdjudicationLines");

            migrationBuilder.DropTable(
                name: "DenialWorkItemEvents");

            migrationBuilder.DropTable(
                name: "PayerContractRates");

            migrationBuilder.DropTable(
                name: "ProviderLevelAdjustments");

            migrationBuilder.DropTable(
                name: "RemittanceRejections");

            migrationBuilder.DropTable(
                name: "ClaimAdjudications");

            migrationBuilder.DropTable(
                name: "DenialWorkItems");

            migrationBuilder.DropTable(
                name: "RemittanceAdvices");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_AdjudicationId",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "AppealDays",
                table: "Payers");

            migrationBuilder.DropColumn(
                name: "AdjudicationId",
                table: "LedgerEntries");
        }
    }
}
