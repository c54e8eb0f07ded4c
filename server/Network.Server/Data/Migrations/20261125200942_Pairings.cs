using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Pairings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "requires_pairing_approval",
                table: "employers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddUniqueConstraint(
                name: "ak_mentors_id_employer_id",
                table: "mentors",
                columns: new[] { "id", "employer_id" });

            migrationBuilder.CreateTable(
                name: "pairings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mentor_a_id = table.Column<int>(type: "integer", nullable: false),
                    employer_a_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_b_id = table.Column<int>(type: "integer", nullable: false),
                    employer_b_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    proposed_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposed_by_roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mentor_a_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_b_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    employer_a_approval_required = table.Column<bool>(type: "boolean", nullable: false),
                    employer_b_approval_required = table.Column<bool>(type: "boolean", nullable: false),
                    employer_a_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    employer_b_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    declined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    declined_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    declined_by_roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    end_reason = table.Column<int>(type: "integer", nullable: true),
                    end_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pairings", x => x.id);
                    table.CheckConstraint("ck_pairings_accepted_at", "status IN (0, 4) OR accepted_at IS NOT NULL");
                    table.CheckConstraint("ck_pairings_canonical_order", "mentor_a_id < mentor_b_id");
                    table.CheckConstraint("ck_pairings_different_employers", "employer_a_id <> employer_b_id");
                    table.CheckConstraint("ck_pairings_end_reason", "(status = 5) = (end_reason IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_pairings_mentor_a",
                        columns: x => new { x.mentor_a_id, x.employer_a_id },
                        principalTable: "mentors",
                        principalColumns: new[] { "id", "employer_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pairings_mentor_b",
                        columns: x => new { x.mentor_b_id, x.employer_b_id },
                        principalTable: "mentors",
                        principalColumns: new[] { "id", "employer_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pairing_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    from_status = table.Column<int>(type: "integer", nullable: true),
                    to_status = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: true),
                    actor_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pairing_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_pairing_events_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pairing_skills",
                columns: table => new
                {
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    teacher = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    addresses_gap = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pairing_skills", x => new { x.pairing_id, x.teacher, x.skill_id });
                    table.ForeignKey(
                        name: "fk_pairing_skills_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_pairing_skills_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pairing_events_occurred_at",
                table: "pairing_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_pairing_events_pairing_id_id",
                table: "pairing_events",
                columns: new[] { "pairing_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_pairing_skills_skill_id",
                table: "pairing_skills",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_pairings_employer_a_id",
                table: "pairings",
                column: "employer_a_id");

            migrationBuilder.CreateIndex(
                name: "ix_pairings_employer_b_id",
                table: "pairings",
                column: "employer_b_id");

            migrationBuilder.CreateIndex(
                name: "ix_pairings_mentor_a_id_employer_a_id",
                table: "pairings",
                columns: new[] { "mentor_a_id", "employer_a_id" });

            migrationBuilder.CreateIndex(
                name: "ix_pairings_mentor_b_id_employer_b_id",
                table: "pairings",
                columns: new[] { "mentor_b_id", "employer_b_id" });

            migrationBuilder.CreateIndex(
                name: "ix_pairings_status",
                table: "pairings",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ux_pairings_open_pair",
                table: "pairings",
                columns: new[] { "mentor_a_id", "mentor_b_id" },
                unique: true,
                filter: "status IN (0, 1, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pairing_events");

            migrationBuilder.DropTable(
                name: "pairing_skills");

            migrationBuilder.DropTable(
                name: "pairings");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_mentors_id_employer_id",
                table: "mentors");

            migrationBuilder.DropColumn(
                name: "requires_pairing_approval",
                table: "employers");
        }
    }
}
