using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline;

/// <summary>Everything a policy rule looks at: the call as the screener was given it, and what was read from it.</summary>
internal sealed record ScreeningSituation(ScreeningContext Context, CallFacts Call, OwnerInstructions Instructions)
{
    public CallerHistory History => Context.History;

    /// <summary>The caller's name from this call, else the one they gave on an earlier call.</summary>
    public string? CallerName => Call.Introduction.Name ?? NonBlank(History.KnownName);

    /// <summary>We know who is calling: they said so now, or gave their name before.</summary>
    public bool KnowsWho => Call.HasIdentity || NonBlank(History.KnownName) is not null;

    public bool KnowsWhy => Call.StatedPurpose is not null;

    /// <summary>The category the caller's words point to when no single cue decided the call.</summary>
    public CallCategory LikelyCategory =>
        Call.Has(CueKind.Urgent) || Call.Has(CueKind.EmergencyService) ? CallCategory.Urgent
        : Call.Has(CueKind.Delivery) ? CallCategory.Delivery
        : Call.Has(CueKind.Appointment) ? CallCategory.Appointment
        : Call.Has(CueKind.Sales) ? CallCategory.Sales
        : Call.Has(CueKind.BusinessRole) || Call.Introduction.Organisation is not null ? CallCategory.Business
        : Call.Has(CueKind.PersonalRelation) || CallerName is not null ? CallCategory.Personal
        : CallCategory.Unknown;

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
