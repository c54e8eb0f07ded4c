using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "confidence_ratings",
                columns: table => new
                {
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    confidence = table.Column<int>(type: "integer", nullable: false),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_confidence_ratings", x => new { x.pairing_id, x.mentor_id, x.stage, x.skill_id });
                    table.CheckConstraint("ck_confidence_ratings_confidence", "confidence BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_confidence_ratings_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_confidence_ratings_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_confidence_ratings_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pairing_surveys",
                columns: table => new
                {
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    author_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    author_employer_id = table.Column<int>(type: "integer", nullable: false),
                    satisfaction = table.Column<int>(type: "integer", nullable: false),
                    likelihood_to_recommend = table.Column<int>(type: "integer", nullable: false),
                    would_do_again = table.Column<bool>(type: "boolean", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pairing_surveys", x => new { x.pairing_id, x.author_mentor_id });
                    table.CheckConstraint("ck_pairing_surveys_recommend", "likelihood_to_recommend BETWEEN 0 AND 10");
                    table.CheckConstraint("ck_pairing_surveys_satisfaction", "satisfaction BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_pairing_surveys_mentors_author_mentor_id",
                        column: x => x.author_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pairing_surveys_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_ratings",
                columns: table => new
                {
                    session_id = table.Column<int>(type: "integer", nullable: false),
                    author_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    author_employer_id = table.Column<int>(type: "integer", nullable: false),
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: false),
                    what_helped = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_ratings", x => new { x.session_id, x.author_mentor_id });
                    table.CheckConstraint("ck_session_ratings_rating", "rating BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_session_ratings_mentors_author_mentor_id",
                        column: x => x.author_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_ratings_pairing_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "pairing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_ratings_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_confidence_ratings_mentor_id",
                table: "confidence_ratings",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_confidence_ratings_skill_id",
                table: "confidence_ratings",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_pairing_surveys_author_mentor_id",
                table: "pairing_surveys",
                column: "author_mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_ratings_author_mentor_id",
                table: "session_ratings",
                column: "author_mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_ratings_pairing_id",
                table: "session_ratings",
                column: "pairing_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "confidence_ratings");

            migrationBuilder.DropTable(
                name: "pairing_surveys");

            migrationBuilder.DropTable(
                name: "session_ratings");
        }
    }
}
