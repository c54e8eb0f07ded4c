using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sector = table.Column<int>(type: "integer", nullable: false),
                    size = table.Column<int>(type: "integer", nullable: false),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    local_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    local_authority_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "skills",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<int>(type: "integer", nullable: false),
                    sectors = table.Column<int[]>(type: "integer[]", nullable: false),
                    esco_uri = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mentors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    employer_id = table.Column<int>(type: "integer", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    career_stage = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    max_travel_km = table.Column<int>(type: "integer", nullable: false),
                    availability = table.Column<int[]>(type: "integer[]", nullable: false),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    local_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentors", x => x.id);
                    table.CheckConstraint("ck_mentors_capacity", "capacity BETWEEN 1 AND 10");
                    table.CheckConstraint("ck_mentors_max_travel_km", "max_travel_km BETWEEN 0 AND 200");
                    table.ForeignKey(
                        name: "fk_mentors_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "skills_gaps",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    employer_id = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    sector = table.Column<int>(type: "integer", nullable: false),
                    severity = table.Column<int>(type: "integer", nullable: false),
                    hard_to_fill_vacancies = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills_gaps", x => x.id);
                    table.CheckConstraint("ck_skills_gaps_vacancies", "hard_to_fill_vacancies BETWEEN 0 AND 1000");
                    table.ForeignKey(
                        name: "fk_skills_gaps_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_skills_gaps_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentor_offered_skills",
                columns: table => new
                {
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_offered_skills", x => new { x.mentor_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_mentor_offered_skills_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mentor_offered_skills_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentor_wanted_skills",
                columns: table => new
                {
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_wanted_skills", x => new { x.mentor_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_mentor_wanted_skills_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mentor_wanted_skills_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "skills",
                columns: new[] { "id", "category", "esco_uri", "name", "sectors", "slug" },
                values: new object[,]
                {
                    { 1, 0, null, "Artificial intelligence", new[] { 2, 0 }, "artificial-intelligence" },
                    { 2, 0, null, "Machine learning", new[] { 2 }, "machine-learning" },
                    { 3, 0, null, "Industrial automation and robotics", new[] { 0 }, "industrial-automation" },
                    { 4, 0, null, "Data analytics", new[] { 2, 0, 1 }, "data-analytics" },
                    { 5, 0, null, "Data engineering", new[] { 2 }, "data-engineering" },
                    { 6, 0, null, "Cybersecurity", new[] { 2, 0, 1 }, "cybersecurity" },
                    { 7, 0, null, "Cloud computing", new[] { 2 }, "cloud-computing" },
                    { 8, 0, null, "Software development", new[] { 2 }, "software-development" },
                    { 9, 0, null, "Social-media marketing", new[] { 2, 1, 0 }, "social-media-marketing" },
                    { 10, 0, null, "Digital marketing and SEO", new[] { 2 }, "digital-marketing" },
                    { 11, 0, null, "Industrial internet of things", new[] { 0 }, "industrial-iot" },
                    { 12, 0, null, "Digital twins and simulation", new[] { 0, 1 }, "digital-twins" },
                    { 13, 0, null, "Building information modelling (BIM)", new[] { 1 }, "building-information-modelling" },
                    { 14, 0, null, "Additive manufacturing (3D printing)", new[] { 0 }, "additive-manufacturing" },
                    { 15, 0, null, "User experience design", new[] { 2 }, "ux-design" },
                    { 16, 0, null, "DevOps and automation pipelines", new[] { 2 }, "devops" },
                    { 17, 1, null, "Budget planning", new[] { 0, 1, 2 }, "budget-planning" },
                    { 18, 1, null, "Client relations", new[] { 0, 1, 2 }, "client-relations" },
                    { 19, 1, null, "Strategic planning", new[] { 0, 1, 2 }, "strategic-planning" },
                    { 20, 1, null, "Supply-chain management", new[] { 0, 1 }, "supply-chain-management" },
                    { 21, 1, null, "Project management", new[] { 0, 1, 2 }, "project-management" },
                    { 22, 1, null, "People management", new[] { 0, 1, 2 }, "people-management" },
                    { 23, 1, null, "Business development", new[] { 2, 0 }, "business-development" },
                    { 24, 1, null, "Lean and continuous improvement", new[] { 0 }, "lean-manufacturing" },
                    { 25, 1, null, "Bid and tender writing", new[] { 1, 2 }, "bid-writing" },
                    { 26, 1, null, "Regulatory compliance", new[] { 1, 0 }, "regulatory-compliance" },
                    { 27, 1, null, "Change management", new[] { 0, 2 }, "change-management" },
                    { 28, 1, null, "Negotiation", new[] { 1, 0, 2 }, "negotiation" },
                    { 29, 1, null, "Financial reporting", new[] { 0, 1, 2 }, "financial-reporting" },
                    { 30, 2, null, "Sustainable building methods", new[] { 1 }, "sustainable-building-methods" },
                    { 31, 2, null, "Retrofit and energy efficiency", new[] { 1 }, "retrofit-energy-efficiency" },
                    { 32, 2, null, "Heat-pump installation", new[] { 1 }, "heat-pump-installation" },
                    { 33, 2, null, "Electrical installation", new[] { 1, 0 }, "electrical-installation" },
                    { 34, 2, null, "Welding and fabrication", new[] { 0, 1 }, "welding-fabrication" },
                    { 35, 2, null, "CNC machining", new[] { 0 }, "cnc-machining" },
                    { 36, 2, null, "Quality inspection and metrology", new[] { 0 }, "quality-inspection" },
                    { 37, 2, null, "Site management", new[] { 1 }, "site-management" },
                    { 38, 2, null, "Modern methods of construction", new[] { 1 }, "modern-methods-of-construction" },
                    { 39, 2, null, "Electric-vehicle maintenance", new[] { 0 }, "electric-vehicle-maintenance" },
                    { 40, 2, null, "Solar PV installation", new[] { 1 }, "solar-pv-installation" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_employers_local_authority_code",
                table: "employers",
                column: "local_authority_code");

            migrationBuilder.CreateIndex(
                name: "ix_employers_location",
                table: "employers",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_employers_name",
                table: "employers",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_offered_skills_skill_id",
                table: "mentor_offered_skills",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_wanted_skills_skill_id",
                table: "mentor_wanted_skills",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_employer_id",
                table: "mentors",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_location",
                table: "mentors",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_status",
                table: "mentors",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_skills_name",
                table: "skills",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_skills_slug",
                table: "skills",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_skills_gaps_employer_id",
                table: "skills_gaps",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_skills_gaps_skill_id",
                table: "skills_gaps",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_skills_gaps_status_severity",
                table: "skills_gaps",
                columns: new[] { "status", "severity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentor_offered_skills");

            migrationBuilder.DropTable(
                name: "mentor_wanted_skills");

            migrationBuilder.DropTable(
                name: "skills_gaps");

            migrationBuilder.DropTable(
                name: "mentors");

            migrationBuilder.DropTable(
                name: "skills");

            migrationBuilder.DropTable(
                name: "employers");
        }
    }
}
