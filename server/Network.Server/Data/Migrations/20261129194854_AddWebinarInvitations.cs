using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddWebinarInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webinar_invitations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    webinar_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: true),
                    employer_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    invited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invited_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinar_invitations", x => x.id);
                    table.CheckConstraint("ck_webinar_invitations_invitee", "num_nonnulls(mentor_id, employer_id) = 1");
                    table.ForeignKey(
                        name: "fk_webinar_invitations_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinar_invitations_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinar_invitations_webinars_webinar_id",
                        column: x => x.webinar_id,
                        principalTable: "webinars",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_webinar_invitations_employer_id",
                table: "webinar_invitations",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_invitations_mentor_id",
                table: "webinar_invitations",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_invitations_webinar_id_employer_id",
                table: "webinar_invitations",
                columns: new[] { "webinar_id", "employer_id" },
                unique: true,
                filter: "employer_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_invitations_webinar_id_mentor_id",
                table: "webinar_invitations",
                columns: new[] { "webinar_id", "mentor_id" },
                unique: true,
                filter: "mentor_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webinar_invitations");
        }
    }
}
