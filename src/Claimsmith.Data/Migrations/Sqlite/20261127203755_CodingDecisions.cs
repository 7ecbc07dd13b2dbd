using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CodingDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SuggestionSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Setting = table.Column<int>(type: "INTEGER", nullable: false),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UsedLearnedModel = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionSets_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuggestedCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    System = table.Column<byte>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    DisplayCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedTerm = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Guidelines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestedCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestedCodes_ClinicalDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ClinicalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuggestedCodes_SuggestionSets_SetId",
                        column: x => x.SetId,
                        principalTable: "SuggestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodingDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestedCode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalCode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Coder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodingDecisions_SuggestedCodes_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "SuggestedCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodingDecisions_SuggestionSets_SetId",
                        column: x => x.SetId,
                        principalTable: "SuggestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuggestedCodeEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SuggestedCodeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestedCodeEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestedCodeEvidence_SuggestedCodes_SuggestedCodeId",
                        column: x => x.SuggestedCodeId,
                        principalTable: "SuggestedCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CodingDecisions_DecidedAt",
                table: "CodingDecisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CodingDecisions_SetId_DecidedAt",
                table: "CodingDecisions",
                columns: new[] { "SetId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CodingDecisions_SuggestionId",
                table: "CodingDecisions",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestedCodeEvidence_SuggestedCodeId",
                table: "SuggestedCodeEvidence",
                column: "SuggestedCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestedCodes_DocumentId",
                table: "SuggestedCodes",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestedCodes_SetId_DocumentId_Rank",
                table: "SuggestedCodes",
                columns: new[] { "SetId", "DocumentId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionSets_EncounterId_CreatedAt",
                table: "SuggestionSets",
                columns: new[] { "EncounterId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CodingDecisions");

            migrationBuilder.DropTable(
                name: "SuggestedCodeEvidence");

            migrationBuilder.DropTable(
                name: "SuggestedCodes");

            migrationBuilder.DropTable(
                name: "SuggestionSets");
        }
    }
}
