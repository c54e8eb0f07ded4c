using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class WebinarRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webinar_registrations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    webinar_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: true),
                    employer_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attended = table.Column<bool>(type: "boolean", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinar_registrations", x => x.id);
                    table.CheckConstraint("ck_webinar_registrations_registrant", "num_nonnulls(mentor_id, employer_id) = 1");
                    table.ForeignKey(
                        name: "fk_webinar_registrations_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinar_registrations_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinar_registrations_webinars_webinar_id",
                        column: x => x.webinar_id,
                        principalTable: "webinars",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_webinar_registrations_employer_id",
                table: "webinar_registrations",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_registrations_mentor_id",
                table: "webinar_registrations",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_registrations_webinar_id_employer_id",
                table: "webinar_registrations",
                columns: new[] { "webinar_id", "employer_id" },
                unique: true,
                filter: "status <> 2");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_registrations_webinar_id_mentor_id",
                table: "webinar_registrations",
                columns: new[] { "webinar_id", "mentor_id" },
                unique: true,
                filter: "status <> 2");

            migrationBuilder.CreateIndex(
                name: "ix_webinar_registrations_webinar_id_status_registered_at",
                table: "webinar_registrations",
                columns: new[] { "webinar_id", "status", "registered_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webinar_registrations");
        }
    }
}
