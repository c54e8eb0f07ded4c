using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Sessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pairing_sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_a_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_b_id = table.Column<int>(type: "integer", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    venue_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    agenda_skill_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    scheduled_by_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reschedule_count = table.Column<int>(type: "integer", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by_mentor_id = table.Column<int>(type: "integer", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    absent_reported_by_a = table.Column<List<int>>(type: "integer[]", nullable: true),
                    absent_reported_by_b = table.Column<List<int>>(type: "integer[]", nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pairing_sessions", x => x.id);
                    table.CheckConstraint("ck_pairing_sessions_ends_after_start", "ends_at > starts_at");
                    table.CheckConstraint("ck_pairing_sessions_place", "(format = 0 AND online_link IS NOT NULL) OR (format = 1 AND venue_postcode IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_pairing_sessions_mentors_mentor_a_id",
                        column: x => x.mentor_a_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pairing_sessions_mentors_mentor_b_id",
                        column: x => x.mentor_b_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pairing_sessions_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_notes",
                columns: table => new
                {
                    session_id = table.Column<int>(type: "integer", nullable: false),
                    author_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    author_employer_id = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_notes", x => new { x.session_id, x.author_mentor_id });
                    table.ForeignKey(
                        name: "fk_session_notes_mentors_author_mentor_id",
                        column: x => x.author_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_notes_pairing_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "pairing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pairing_sessions_mentor_a_id_starts_at",
                table: "pairing_sessions",
                columns: new[] { "mentor_a_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pairing_sessions_mentor_b_id_starts_at",
                table: "pairing_sessions",
                columns: new[] { "mentor_b_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pairing_sessions_pairing_id_starts_at",
                table: "pairing_sessions",
                columns: new[] { "pairing_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_session_notes_author_mentor_id",
                table: "session_notes",
                column: "author_mentor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "session_notes");

            migrationBuilder.DropTable(
                name: "pairing_sessions");
        }
    }
}
