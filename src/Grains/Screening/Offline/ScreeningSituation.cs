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

    /// <summary>The caller speaks for a company, an office or a trade rather than as a person of the owner's.</summary>
    /// A person's name decides unless they name a company: "Rachel, I'm at the restaurant" is a friend.
    public bool IsOrganisation =>
        !Call.Has(CueKind.PersonalRelation)
        && (Call.Introduction.Organisation is not null
            || Call.Introduction is { Name: not null, NameIsPersonal: false }
            || (Call.Introduction.Name is null && Call.Has(CueKind.BusinessRole)));

    /// <summary>
    /// Family, a friend or a neighbour, by what they said they are to the owner, with no company or trade: a name alone
    /// does not tell ("Lakeside Dental" reads like one).
    /// </summary>
    public bool IsPrivatePerson =>
        Call.Has(CueKind.PersonalRelation) && Call.Introduction.Organisation is null && !Call.Has(CueKind.BusinessRole);

    /// <summary>Something ties the call to the owner: their name, their people or affairs, a name known from before.</summary>
    public bool IsLinkedToOwner =>
        Call.MentionsOwner || Call.Has(CueKind.PersonalRelation) || Call.Has(CueKind.OwnerMatter) || NonBlank(History.KnownName) is not null;

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
