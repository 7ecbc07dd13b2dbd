using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimOtherCoverages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimOtherCoverages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlanName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubscriberLastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubscriberFirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubscriberBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubscriberSex = table.Column<int>(type: "INTEGER", nullable: false),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayerIdentifier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClaimFilingIndicator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimOtherCoverages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimOtherCoverages_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimOtherCoverages_ClaimId",
                table: "ClaimOtherCoverages",
                column: "ClaimId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimOtherCoverages");
        }
    }
}
