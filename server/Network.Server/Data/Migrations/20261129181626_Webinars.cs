using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Webinars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webinars",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    topic_skill_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    sectors = table.Column<int[]>(type: "integer[]", nullable: false),
                    audience = table.Column<int>(type: "integer", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    join_link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    venue_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    organiser_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars", x => x.id);
                    table.CheckConstraint("ck_webinars_capacity", "capacity BETWEEN 1 AND 10000");
                    table.CheckConstraint("ck_webinars_duration", "duration_minutes BETWEEN 15 AND 480 AND ends_at > starts_at");
                    table.CheckConstraint("ck_webinars_place", "(format = 0 AND join_link IS NOT NULL AND location IS NULL) OR (format = 1 AND venue_postcode IS NOT NULL AND location IS NOT NULL)");
                    table.CheckConstraint("ck_webinars_topics", "cardinality(topic_skill_ids) BETWEEN 1 AND 10");
                });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_location",
                table: "webinars",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_organiser_subject",
                table: "webinars",
                column: "organiser_subject");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_status_starts_at",
                table: "webinars",
                columns: new[] { "status", "starts_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webinars");
        }
    }
}
