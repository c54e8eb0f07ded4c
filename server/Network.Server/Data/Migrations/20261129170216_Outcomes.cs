using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Outcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gap_outcomes",
                columns: table => new
                {
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    skills_gap_id = table.Column<int>(type: "integer", nullable: false),
                    checkpoint = table.Column<int>(type: "integer", nullable: false),
                    employer_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    programme_helped = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gap_outcomes", x => new { x.programme_id, x.skills_gap_id, x.checkpoint });
                    table.ForeignKey(
                        name: "fk_gap_outcomes_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_gap_outcomes_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_gap_outcomes_skills_gaps_skills_gap_id",
                        column: x => x.skills_gap_id,
                        principalTable: "skills_gaps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "retention_checks",
                columns: table => new
                {
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    checkpoint = table.Column<int>(type: "integer", nullable: false),
                    employer_id = table.Column<int>(type: "integer", nullable: false),
                    still_employed = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_checks", x => new { x.programme_id, x.mentor_id, x.checkpoint });
                    table.ForeignKey(
                        name: "fk_retention_checks_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_retention_checks_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_retention_checks_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gap_outcomes_employer_id",
                table: "gap_outcomes",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_gap_outcomes_skills_gap_id",
                table: "gap_outcomes",
                column: "skills_gap_id");

            migrationBuilder.CreateIndex(
                name: "ix_retention_checks_employer_id",
                table: "retention_checks",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_retention_checks_mentor_id",
                table: "retention_checks",
                column: "mentor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gap_outcomes");

            migrationBuilder.DropTable(
                name: "retention_checks");
        }
    }
}
