namespace Network.Server.GraphQL.Ide;

/// <summary>
/// The tabs GraphiQL opens with: a first tab that says how to call as someone, then the README's
/// example operations, each named so that its tab has a title.
/// </summary>
public static class IdeTabs
{
    /// <summary>The <c>Authorization</c> value the headers editor holds until a token replaces it; it is not sent.</summary>
    public const string PlaceholderAuthorization = "Bearer <token>";

    /// <summary>How to mint a token in Development (README, "A token for local use").</summary>
    public const string TokenCommand = "dotnet run --project server/Network.Server -- token --role";

    /// <summary>The headers editor's text in Development: JSON without comments.</summary>
    public static string PlaceholderHeaders => $$"""
        {
          "Authorization": "{{PlaceholderAuthorization}}"
        }
        """;

    public static IReadOnlyList<string> Create(bool tokenGuidance, IReadOnlyList<ReadmeExample> examples)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Welcome" };
        return [Welcome(tokenGuidance, examples.Count), .. examples.Select(example => Example(example, tokenGuidance, taken))];
    }

    private static string Welcome(bool tokenGuidance, int examples)
    {
        var tabs = examples > 0
            ? """
              # The tabs after this one are the README's example operations. The first line
              # of each names the caller it is written for; anonymous ones run as they are.
              #

              """
            : string.Empty;
        var token = tokenGuidance
            ? $"""
              # Other callers need a token. For local use (Development), run in the checkout:
              #
              #   {TokenCommand} ADMIN | tail -n 1
              #
              # (or another role, see the Role enum in the docs), and put the token it prints
              # in place of <token> in the Headers editor below; each tab has its own headers.
              # While the header still says <token>, it is not sent. `me` shows how the
              # server reads the token.

              """
            : """
              # Other callers need a token from the identity provider: add a header such as
              #
              #   { "Authorization": "Bearer <token>" }
              #
              # in the Headers editor below; each tab has its own headers. `me` shows how the
              # server reads the token.

              """;
        return $$"""
            # West Midlands Skills Network: GraphQL IDE
            #
            {{tabs}}{{token}}
            query Welcome {
              me { isAuthenticated roles }
              skills(first: 5) { totalCount nodes { name category } }
            }

            """;
    }

    /// <summary>The example, named; in Development, with the command that mints a token for its caller.</summary>
    private static string Example(ReadmeExample example, bool tokenGuidance, ISet<string> taken)
    {
        var document = ReadmeExamples.WithOperationName(example, taken);
        if (!tokenGuidance || example.IsAnonymous)
        {
            return document;
        }

        var firstLineEnd = document.IndexOf('\n', StringComparison.Ordinal);
        var tokenLine = $"# Token: {TokenCommand} {example.Caller} | tail -n 1\n";
        return firstLineEnd < 0 ? document : document.Insert(firstLineEnd + 1, tokenLine);
    }
}
