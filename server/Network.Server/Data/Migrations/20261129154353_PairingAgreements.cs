using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class PairingAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pairing_agreements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    every_weeks = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    proposed_by_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mentor_a_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_b_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_a_confidentiality_acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_b_confidentiality_acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pairing_agreements", x => x.id);
                    table.CheckConstraint("ck_pairing_agreements_every_weeks", "every_weeks BETWEEN 1 AND 12");
                    table.CheckConstraint("ck_pairing_agreements_version", "version >= 1");
                    table.ForeignKey(
                        name: "fk_pairing_agreements_mentors_proposed_by_mentor_id",
                        column: x => x.proposed_by_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pairing_agreements_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_goals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agreement_id = table.Column<int>(type: "integer", nullable: false),
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    statement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    owner_mentor_id = table.Column<int>(type: "integer", nullable: false),
                    owner_employer_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_goals_mentors_owner_mentor_id",
                        column: x => x.owner_mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_goals_pairing_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "pairing_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agreement_goals_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agreement_goals_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_goals_agreement_id_position",
                table: "agreement_goals",
                columns: new[] { "agreement_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_goals_owner_mentor_id",
                table: "agreement_goals",
                column: "owner_mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_goals_pairing_id",
                table: "agreement_goals",
                column: "pairing_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_goals_skill_id",
                table: "agreement_goals",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_pairing_agreements_pairing_id_version",
                table: "pairing_agreements",
                columns: new[] { "pairing_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pairing_agreements_proposed_by_mentor_id",
                table: "pairing_agreements",
                column: "proposed_by_mentor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_goals");

            migrationBuilder.DropTable(
                name: "pairing_agreements");
        }
    }
}
