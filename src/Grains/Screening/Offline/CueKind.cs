namespace Concierge.Grains.Screening.Offline;

/// <summary>What hearing a cue phrase tells the screener about the call.</summary>
internal enum CueKind
{
    /// <summary>Someone is hurt, in danger, or a child's school or daycare is calling.</summary>
    Urgent,

    /// <summary>Police or another emergency service: urgent, unless paired with a <see cref="Threat"/>.</summary>
    EmergencyService,

    /// <summary>A tax, benefits or other government office: neutral alone, a scam with a <see cref="Threat"/>.</summary>
    Authority,

    /// <summary>Arrest, lawsuit, suspension or a demand to pay now: what impostors add to an authority's name.</summary>
    Threat,

    /// <summary>Gift cards, prizes, account verification, tech support: a scam on its own.</summary>
    Scam,

    /// <summary>A machine talking: "press 1", "this is a recorded message".</summary>
    Robocall,

    /// <summary>Selling, surveys, fundraising: unsolicited calls.</summary>
    Sales,

    WrongNumber,

    Delivery,

    /// <summary>The caller is at the door right now (with <see cref="Delivery"/>, it cannot wait for a message).</summary>
    AtTheDoor,

    Appointment,

    /// <summary>A routine notice a message serves as well as a call (a prescription is ready).</summary>
    Routine,

    /// <summary>The caller answers a call the owner made.</summary>
    ReturnCall,

    /// <summary>The caller asks to leave a message rather than to talk.</summary>
    LeaveMessage,

    /// <summary>Family, friend, neighbour: who the caller is to the owner.</summary>
    PersonalRelation,

    /// <summary>A trade, office or workplace: who the caller is when they call for business.</summary>
    BusinessRole,
}
