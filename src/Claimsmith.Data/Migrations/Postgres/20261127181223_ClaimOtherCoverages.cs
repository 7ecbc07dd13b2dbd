using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Claimsmith.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Relationship = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GroupNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlanName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubscriberLastName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubscriberFirstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubscriberBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SubscriberSex = table.Column<int>(type: "integer", nullable: false),
                    PayerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayerIdentifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClaimFilingIndicator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false)
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
