namespace Concierge.Grains.Screening.Offline;

/// <summary>What hearing a cue phrase tells the screener about the call.</summary>
internal enum CueKind
{
    /// <summary>Someone is hurt, in danger, or a child's school or daycare is calling.</summary>
    Urgent,

    /// <summary>Police or another emergency service: urgent, unless paired with a <see cref="Threat"/>.</summary>
    EmergencyService,

    /// <summary>A tax, benefits or other government office, a bank, a utility: neutral alone, a scam with a <see cref="Threat"/> or a <see cref="Fee"/>.</summary>
    Authority,

    /// <summary>Arrest, lawsuit, suspension, a blocked account, a cut-off or a demand to pay now: what impostors add to an institution's name.</summary>
    Threat,

    /// <summary>Gift cards, prizes, account verification, tech support: a scam on its own.</summary>
    Scam,

    /// <summary>
    /// A request for what a genuine caller never asks for on the phone: a one-time code, a card number or PIN, bank
    /// details, a password, gift cards or vouchers as payment, moving money to a "safe" account, remote access to a
    /// computer. A scam on its own, however urgent the caller sounds.
    /// </summary>
    Credential,

    /// <summary>Money the caller says is waiting for the owner (a prize, a refund, a reward): a scam with a <see cref="Fee"/>.</summary>
    Windfall,

    /// <summary>A fee or charge to pay now: a scam with a <see cref="Windfall"/>, a parcel, a <see cref="Threat"/> or an authority.</summary>
    Fee,

    /// <summary>"No payment is due", "rien à payer": a fee word that asks for nothing.</summary>
    NothingToPay,

    /// <summary>
    /// The caller speaks of the owner's own people or affairs, or of dealings they already have ("your son", "your
    /// order", "you booked"): what a stranger with a pitch cannot say.
    /// </summary>
    OwnerMatter,

    /// <summary>The caller needs the owner now: a decision, an approval, someone to come, a word in person.</summary>
    NeedsOwner,

    /// <summary>A machine talking: "press 1", "this is a recorded message".</summary>
    Robocall,

    /// <summary>Selling, recruiting, surveys, fundraising, campaigning: unsolicited calls.</summary>
    Sales,

    WrongNumber,

    Delivery,

    /// <summary>The caller is at the door right now (with <see cref="Delivery"/>, it cannot wait for a message).</summary>
    AtTheDoor,

    Appointment,

    /// <summary>A routine notice a message serves as well as a call (a prescription is ready, "no need to call back").</summary>
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
