using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammesAndTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    sectors = table.Column<int[]>(type: "integer[]", nullable: false),
                    local_authority_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    radius_km = table.Column<double>(type: "double precision", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enrolment_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    session_every_weeks = table.Column<int>(type: "integer", nullable: false),
                    session_minutes = table.Column<int>(type: "integer", nullable: false),
                    minimum_sessions = table.Column<int>(type: "integer", nullable: false),
                    max_pairs = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    coordinator_subjects = table.Column<List<string>>(type: "text[]", nullable: false),
                    required_training_module_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    conduct_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                    table.CheckConstraint("ck_programmes_area", "(radius_km IS NULL) <> (cardinality(local_authority_codes) = 0)");
                    table.CheckConstraint("ck_programmes_dates", "starts_on < ends_on AND enrolment_closes_on <= ends_on");
                    table.CheckConstraint("ck_programmes_max_pairs", "max_pairs BETWEEN 1 AND 1000");
                });

            migrationBuilder.CreateTable(
                name: "training_modules",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    estimated_minutes = table.Column<int>(type: "integer", nullable: false),
                    url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_modules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programme_conduct_versions",
                columns: table => new
                {
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_conduct_versions", x => new { x.programme_id, x.version });
                    table.ForeignKey(
                        name: "fk_programme_conduct_versions_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_employers",
                columns: table => new
                {
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    employer_id = table.Column<int>(type: "integer", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    joined_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_employers", x => new { x.programme_id, x.employer_id });
                    table.ForeignKey(
                        name: "fk_programme_employers_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_employers_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_enrolments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    employer_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    nominated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    nominated_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consent_given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    conduct_version = table.Column<int>(type: "integer", nullable: true),
                    conduct_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_enrolments_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_enrolments_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_enrolments_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_objectives",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    programme_id = table.Column<int>(type: "integer", nullable: false),
                    statement = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    measure = table.Column<int>(type: "integer", nullable: false),
                    target = table.Column<double>(type: "double precision", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_objectives", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_objectives_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_pairings",
                columns: table => new
                {
                    pairing_id = table.Column<int>(type: "integer", nullable: false),
                    programme_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_pairings", x => x.pairing_id);
                    table.ForeignKey(
                        name: "fk_programme_pairings_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_programme_pairings_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_completions",
                columns: table => new
                {
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    training_module_id = table.Column<int>(type: "integer", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_completions", x => new { x.mentor_id, x.training_module_id });
                    table.ForeignKey(
                        name: "fk_training_completions_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_training_completions_training_modules_training_module_id",
                        column: x => x.training_module_id,
                        principalTable: "training_modules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_objective_gaps",
                columns: table => new
                {
                    objective_id = table.Column<int>(type: "integer", nullable: false),
                    skills_gap_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_objective_gaps", x => new { x.objective_id, x.skills_gap_id });
                    table.ForeignKey(
                        name: "fk_programme_objective_gaps_programme_objectives_objective_id",
                        column: x => x.objective_id,
                        principalTable: "programme_objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_programme_objective_gaps_skills_gaps_skills_gap_id",
                        column: x => x.skills_gap_id,
                        principalTable: "skills_gaps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_objective_skills",
                columns: table => new
                {
                    objective_id = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_objective_skills", x => new { x.objective_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_programme_objective_skills_programme_objectives_objective_id",
                        column: x => x.objective_id,
                        principalTable: "programme_objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_programme_objective_skills_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "training_modules",
                columns: new[] { "id", "estimated_minutes", "slug", "summary", "title", "url" },
                values: new object[,]
                {
                    { 1, 45, "reverse-mentoring", "What reverse and two-way mentoring are, why the junior partner leads in their own skills, and how both partners set goals for what each will learn.", "Reverse mentoring and two-way learning", "https://learning.wmskills.network/modules/reverse-mentoring" },
                    { 2, 30, "active-listening", "Listening to understand rather than to reply: open questions, summarising back, and noticing what is not said.", "Active listening", "https://learning.wmskills.network/modules/active-listening" },
                    { 3, 40, "constructive-feedback", "Feedback that is specific, timely and about behaviour, in both directions, and taking it without defending.", "Giving and receiving constructive feedback", "https://learning.wmskills.network/modules/constructive-feedback" },
                    { 4, 30, "open-communication", "Agreeing how the pair will talk: expectations, confidentiality, saying when something is not working.", "Open communication", "https://learning.wmskills.network/modules/open-communication" },
                    { 5, 45, "age-inclusion", "How assumptions about age and seniority shape who is heard, and habits that keep a cross-generational pair equal.", "Age inclusion and unconscious bias", "https://learning.wmskills.network/modules/age-inclusion" },
                    { 6, 25, "data-protection", "What personal and company data may be shared in sessions, how to keep notes, and what to do if data is shared by mistake.", "Data protection basics", "https://learning.wmskills.network/modules/data-protection" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_employers_employer_id",
                table: "programme_employers",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_enrolments_employer_id",
                table: "programme_enrolments",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_enrolments_mentor_id",
                table: "programme_enrolments",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_enrolments_programme_id_mentor_id",
                table: "programme_enrolments",
                columns: new[] { "programme_id", "mentor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_objective_gaps_skills_gap_id",
                table: "programme_objective_gaps",
                column: "skills_gap_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_objective_skills_skill_id",
                table: "programme_objective_skills",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_objectives_programme_id",
                table: "programme_objectives",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_pairings_programme_id",
                table: "programme_pairings",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_location",
                table: "programmes",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_status",
                table: "programmes",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_training_completions_training_module_id",
                table: "training_completions",
                column: "training_module_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_modules_slug",
                table: "training_modules",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_conduct_versions");

            migrationBuilder.DropTable(
                name: "programme_employers");

            migrationBuilder.DropTable(
                name: "programme_enrolments");

            migrationBuilder.DropTable(
                name: "programme_objective_gaps");

            migrationBuilder.DropTable(
                name: "programme_objective_skills");

            migrationBuilder.DropTable(
                name: "programme_pairings");

            migrationBuilder.DropTable(
                name: "training_completions");

            migrationBuilder.DropTable(
                name: "programme_objectives");

            migrationBuilder.DropTable(
                name: "training_modules");

            migrationBuilder.DropTable(
                name: "programmes");
        }
    }
}
