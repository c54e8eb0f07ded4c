using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Spatial;
using Network.Server.Identity;

namespace Network.Server.Mentors;

public sealed class MentorGraphType : ObjectGraphType<Mentor>
{
    public MentorGraphType()
    {
        Name = "Mentor";
        Description = "A volunteer employee: teaches the skills they offer and learns the skills they want, across companies.";
        this.ImplementNode(m => m.Id);
        this.ReadableBy(MentorAccess.Readers);
        this.DataSubject(m => new DataSubject(m.Id, m.EmployerId));
        Field(m => m.DisplayName, nullable: true).PersonalData();
        Field(m => m.Email, nullable: true).PersonalData(PersonalDataKind.Contact);
        Field(m => m.JobTitle, nullable: true).PersonalData();
        Field(m => m.ExternalReference, nullable: true)
            .Description("The employer's own reference for the person, as given when importing them; null for mentors who volunteered one by one.")
            .PersonalData();
        Field<NonNullGraphType<EmployerGraphType>>("employer")
            .Resolve(c => (object?)c.Source.Employer ?? c.Service<EmployerByIdDataLoader>().LoadAsync(c.Source.EmployerId));
        Field(m => m.CareerStage);
        Field(m => m.Capacity).Description("How many pairings the mentor can hold at once.");
        Field(m => m.Format);
        Field(m => m.MaxTravelKm).Description("How far the mentor will travel to meet in person, in kilometres.");
        Field(m => m.Availability);
        Field(m => m.Postcode).Description("The postcode district the mentor meets from.");
        Field<NonNullGraphType<GeoJsonPointGraphType>>("location").Description("The centre of the mentor's postcode district.").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<LocalAuthorityGraphType>>("localAuthority").Resolve(c =>
            PostcodeDirectory.Instance.FindLocalAuthority(c.Source.LocalAuthorityCode) ?? new LocalAuthority(c.Source.LocalAuthorityCode, c.Source.LocalAuthorityCode, false));
        Field(m => m.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferedSkillGraphType>>>>("offers")
            .Description("Skills the mentor can teach.")
            .Resolve(c => c.Service<OfferedSkillsByMentorIdDataLoader>().LoadAsync(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WantedSkillGraphType>>>>("wants")
            .Description("Skills the mentor wants to learn.")
            .Resolve(c => c.Service<WantedSkillsByMentorIdDataLoader>().LoadAsync(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<MentorGraphType>>>("blockedMentors")
            .Description("The mentors this mentor has blocked, in the order blocked: never suggested to them, planned with them or paired with them.")
            .PersonalData(PersonalDataKind.Confidential)
            .Resolve(c => c.Service<BlockedMentorsByMentorIdDataLoader>().LoadAsync(c.Source.Id));
        Field(m => m.DistanceKm, nullable: true).Description("Kilometres from the `near` origin of the list this came from; null elsewhere.");
        Field(m => m.CreatedAt);
        Field(m => m.UpdatedAt);
        Field(m => m.WithdrawnAt, nullable: true);
        Field(m => m.ErasedAt, nullable: true).Description("When the mentor erased their personal data; their name, email and job title are gone.");
    }
}
