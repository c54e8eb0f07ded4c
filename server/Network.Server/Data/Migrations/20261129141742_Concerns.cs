using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "concern_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    reporter_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    reporter_employer_id = table.Column<int>(type: "integer", nullable: false),
                    about_pairing_id = table.Column<int>(type: "integer", nullable: true),
                    about_mentor_id = table.Column<int>(type: "integer", nullable: true),
                    category = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_concern_reports", x => x.id);
                    table.CheckConstraint("ck_concern_reports_about_one", "(about_pairing_id IS NULL) <> (about_mentor_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_concern_reports_employers_reporter_employer_id",
                        column: x => x.reporter_employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concern_reports_mentors_about_mentor_id",
                        column: x => x.about_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concern_reports_mentors_reporter_mentor_id",
                        column: x => x.reporter_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concern_reports_pairings_about_pairing_id",
                        column: x => x.about_pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concern_reports_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concern_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    concern_id = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    actor_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    acted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_concern_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_concern_actions_concern_reports_concern_id",
                        column: x => x.concern_id,
                        principalTable: "concern_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_concern_actions_concern_id",
                table: "concern_actions",
                column: "concern_id");

            migrationBuilder.CreateIndex(
                name: "ix_concern_reports_about_mentor_id",
                table: "concern_reports",
                column: "about_mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_concern_reports_about_pairing_id",
                table: "concern_reports",
                column: "about_pairing_id");

            migrationBuilder.CreateIndex(
                name: "ix_concern_reports_programme_id_status",
                table: "concern_reports",
                columns: new[] { "programme_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_concern_reports_reporter_employer_id",
                table: "concern_reports",
                column: "reporter_employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_concern_reports_reporter_mentor_id",
                table: "concern_reports",
                column: "reporter_mentor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "concern_actions");

            migrationBuilder.DropTable(
                name: "concern_reports");
        }
    }
}
