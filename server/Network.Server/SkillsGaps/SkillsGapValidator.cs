using Network.Server.GraphQL.Mutations;

namespace Network.Server.SkillsGaps;

/// <summary>The rules a skills gap keeps, shared by publishing, updating and importing.</summary>
internal static class SkillsGapValidator
{
    public const int MaxVacancies = 1000;
    public const int MaxDescriptionLength = 2000;

    /// <summary>
    /// Checks a new gap's vacancies and description; the description as it is kept (trimmed, null when blank).
    /// Vacancies are null where the input had none to check: an imported cell that is not a number, already reported.
    /// </summary>
    public static string? Fields(InputValidator v, int? hardToFillVacancies, string? description)
    {
        if (hardToFillVacancies is { } vacancies)
        {
            v.Range("hardToFillVacancies", vacancies, 0, MaxVacancies);
        }

        return v.OptionalText("description", description, MaxDescriptionLength);
    }
}
