using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FreelanceServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActivityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Screen = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodedCharts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChartType = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Coder = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DocumentArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CodedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodedCharts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodedCharts_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FreelanceClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorUser = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdlePauseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreelanceClients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FreelanceClients_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Coder = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    Auditor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimeEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClientInvoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Subtotal = table.Column<long>(type: "INTEGER", nullable: false),
                    MinimumFeeAdjustment = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RoundingRule = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplacesInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VoidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientInvoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientInvoices_FreelanceClients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "FreelanceClients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FreelanceContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HourlyRate = table.Column<long>(type: "INTEGER", nullable: true),
                    PerChartRate = table.Column<long>(type: "INTEGER", nullable: true),
                    OutpatientChartRate = table.Column<long>(type: "INTEGER", nullable: true),
                    EmergencyChartRate = table.Column<long>(type: "INTEGER", nullable: true),
                    InpatientChartRate = table.Column<long>(type: "INTEGER", nullable: true),
                    SurgeryChartRate = table.Column<long>(type: "INTEGER", nullable: true),
                    CollectionsPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    MinimumMonthlyFee = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreelanceContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FreelanceContracts_FreelanceClients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "FreelanceClients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityReviewItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChartType = table.Column<int>(type: "INTEGER", nullable: false),
                    CoderCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuditorCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityReviewItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityReviewItems_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityReviewItems_QualityReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "QualityReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClientInvoiceLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ChartType = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientInvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientInvoiceLines_ClientInvoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "ClientInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoicePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReversesPaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoicePayments_ClientInvoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "ClientInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityEvents_OrganizationId_At",
                table: "ActivityEvents",
                columns: new[] { "OrganizationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityEvents_User_At",
                table: "ActivityEvents",
                columns: new[] { "User", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvoiceLines_InvoiceId_Sequence",
                table: "ClientInvoiceLines",
                columns: new[] { "InvoiceId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvoices_ClientId",
                table: "ClientInvoices",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvoices_Number",
                table: "ClientInvoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvoices_OrganizationId_PeriodStart",
                table: "ClientInvoices",
                columns: new[] { "OrganizationId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvoices_ReplacesInvoiceId",
                table: "ClientInvoices",
                column: "ReplacesInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CodedCharts_Coder_CodedAt",
                table: "CodedCharts",
                columns: new[] { "Coder", "CodedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CodedCharts_EncounterId",
                table: "CodedCharts",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_CodedCharts_OrganizationId_CodedAt",
                table: "CodedCharts",
                columns: new[] { "OrganizationId", "CodedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FreelanceClients_OrganizationId",
                table: "FreelanceClients",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FreelanceClients_VendorUser",
                table: "FreelanceClients",
                column: "VendorUser");

            migrationBuilder.CreateIndex(
                name: "IX_FreelanceContracts_ClientId_EffectiveFrom",
                table: "FreelanceContracts",
                columns: new[] { "ClientId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoicePayments_InvoiceId",
                table: "InvoicePayments",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicePayments_ReversesPaymentId",
                table: "InvoicePayments",
                column: "ReversesPaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviewItems_EncounterId",
                table: "QualityReviewItems",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviewItems_ReviewId_EncounterId",
                table: "QualityReviewItems",
                columns: new[] { "ReviewId", "EncounterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_OrganizationId_Coder",
                table: "QualityReviews",
                columns: new[] { "OrganizationId", "Coder" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_OrganizationId_User_Date",
                table: "TimeEntries",
                columns: new[] { "OrganizationId", "User", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_SupersedesId",
                table: "TimeEntries",
                column: "SupersedesId",
                unique: true);

            FreelanceServicesTriggers.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            FreelanceServicesTriggers.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "ActivityEvents");

            migrationBuilder.DropTable(
                name: "ClientInvoiceLines");

            migrationBuilder.DropTable(
                name: "CodedCharts");

            migrationBuilder.DropTable(
                name: "FreelanceContracts");

            migrationBuilder.DropTable(
                name: "InvoicePayments");

            migrationBuilder.DropTable(
                name: "QualityReviewItems");

            migrationBuilder.DropTable(
                name: "TimeEntries");

            migrationBuilder.DropTable(
                name: "ClientInvoices");

            migrationBuilder.DropTable(
                name: "QualityReviews");

            migrationBuilder.DropTable(
                name: "FreelanceClients");
        }
    }
}
