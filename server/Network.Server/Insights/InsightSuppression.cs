namespace Network.Server.Insights;

/// <summary>Why a figure is withheld.</summary>
public enum InsightSuppression : byte
{
    /// <summary>Published.</summary>
    None,

    /// <summary>It counts 1 to 4 people.</summary>
    FewPeople,

    /// <summary>Fewer than three employers make it up, so an employer's own figures could be recognised.</summary>
    FewEmployers,

    /// <summary>Withheld so that another withheld figure cannot be worked out from totals and neighbouring figures.</summary>
    ProtectsAnotherFigure,

    /// <summary>A ratio or share worked out from a withheld figure.</summary>
    WithheldInput,
}
