using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class NearestFirstIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mentors_location",
                table: "mentors");

            migrationBuilder.DropIndex(
                name: "ix_employers_location",
                table: "employers");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            // Nearest-first pages order rows by distance and then by key (as a double: PostgreSQL
            // needs every ORDER BY distance of a GiST scan to be a float when the location's is
            // inexact, as geography's is), and this index gives rows in that order.
            migrationBuilder.Sql("CREATE INDEX ix_employers_location_id ON employers USING gist (location, (id::double precision));");
            migrationBuilder.Sql("CREATE INDEX ix_mentors_location_id ON mentors USING gist (location, (id::double precision));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_employers_location_id", table: "employers");
            migrationBuilder.DropIndex(name: "ix_mentors_location_id", table: "mentors");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_location",
                table: "mentors",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_employers_location",
                table: "employers",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");
        }
    }
}
