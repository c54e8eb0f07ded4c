using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentorBlocksAndPausedPairings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_pairings_open_pair",
                table: "pairings");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "paused_at",
                table: "pairings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "note",
                table: "pairing_events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mentor_blocks",
                columns: table => new
                {
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    blocked_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    blocked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_blocks", x => new { x.mentor_id, x.blocked_mentor_id });
                    table.CheckConstraint("ck_mentor_blocks_not_self", "mentor_id <> blocked_mentor_id");
                    table.ForeignKey(
                        name: "fk_mentor_blocks_mentors_blocked_mentor_id",
                        column: x => x.blocked_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mentor_blocks_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_pairings_open_pair",
                table: "pairings",
                columns: new[] { "mentor_a_id", "mentor_b_id" },
                unique: true,
                filter: "status IN (0, 1, 2, 6)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_pairings_paused_at",
                table: "pairings",
                sql: "(status = 6) = (paused_at IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_blocks_blocked_mentor_id",
                table: "mentor_blocks",
                column: "blocked_mentor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentor_blocks");

            migrationBuilder.DropIndex(
                name: "ux_pairings_open_pair",
                table: "pairings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_pairings_paused_at",
                table: "pairings");

            migrationBuilder.DropColumn(
                name: "paused_at",
                table: "pairings");

            migrationBuilder.DropColumn(
                name: "note",
                table: "pairing_events");

            migrationBuilder.CreateIndex(
                name: "ux_pairings_open_pair",
                table: "pairings",
                columns: new[] { "mentor_a_id", "mentor_b_id" },
                unique: true,
                filter: "status IN (0, 1, 2)");
        }
    }
}
