namespace Network.Server.Programmes;

/// <summary>The code of conduct a programme starts with unless its coordinator writes its own.</summary>
public static class DefaultCodeOfConduct
{
    public const string Text =
        """
        West Midlands Skills Network: code of conduct for mentoring pairs

        1. Both partners teach and both learn. Listen as carefully to the junior partner as to the senior one.
        2. Treat each other with respect whatever your age, background, role or employer. No harassment, discrimination or bullying.
        3. Keep what your partner shares in confidence, and share no personal or company data you would not want repeated.
        4. Turn up to the sessions you agree, on time, or say early that you cannot.
        5. Say so when something is not working. If you feel unsafe or see something wrong, report a concern to the programme's coordinators: your report is not shown to the person it is about.
        6. Either partner may end the pairing at any time, without giving a reason to the other.
        """;
}
