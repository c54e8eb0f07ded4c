using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_skills_gaps_employer_id",
                table: "skills_gaps");

            migrationBuilder.DropIndex(
                name: "ix_mentors_employer_id",
                table: "mentors");

            migrationBuilder.AddColumn<string>(
                name: "external_reference",
                table: "skills_gaps",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_reference",
                table: "mentors",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_skills_gaps_employer_id_external_reference",
                table: "skills_gaps",
                columns: new[] { "employer_id", "external_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentors_employer_id_external_reference",
                table: "mentors",
                columns: new[] { "employer_id", "external_reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_skills_gaps_employer_id_external_reference",
                table: "skills_gaps");

            migrationBuilder.DropIndex(
                name: "ix_mentors_employer_id_external_reference",
                table: "mentors");

            migrationBuilder.DropColumn(
                name: "external_reference",
                table: "skills_gaps");

            migrationBuilder.DropColumn(
                name: "external_reference",
                table: "mentors");

            migrationBuilder.CreateIndex(
                name: "ix_skills_gaps_employer_id",
                table: "skills_gaps",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_employer_id",
                table: "mentors",
                column: "employer_id");
        }
    }
}
