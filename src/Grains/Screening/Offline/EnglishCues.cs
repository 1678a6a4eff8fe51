namespace Concierge.Grains.Screening.Offline;

/// <summary>English cue phrases, grouped by what they tell. Phrases are what callers say, not what they mean.</summary>
internal static class EnglishCues
{
    public static IReadOnlyList<Cue> All { get; } =
    [
        .. Cue.Group(CueKind.Urgent, "emergency", "emergency", "emergencies", "urgent", "urgently", "911", "life or death"),
        .. Cue.Group(CueKind.Urgent, "hospital", "hospital", "hospitalized", "hospitalised", "admitted", "ambulance", "paramedics", "intensive care", "icu"),
        .. Cue.Group(CueKind.Urgent, "accident", "accident", "crash", "crashed", "hit by a car"),
        .. Cue.Group(CueKind.Urgent, "injury or illness", "injured", "hurt", "bleeding", "fell", "unconscious", "fever", "rash", "vomiting", "throwing up", "choking", "not breathing", "stable condition", "is stable", "allergic reaction", "can't breathe", "seizure", "heart attack", "stroke"),
        .. Cue.Group(CueKind.Urgent, "death", "passed away", "died"),
        .. Cue.Group(CueKind.Urgent, "fire", "fire", "on fire", "smoke alarm"),
        .. Cue.Group(CueKind.Urgent, "flood or leak", "flood", "flooding", "flooded", "leak", "leaking", "burst pipe", "pipe burst"),
        .. Cue.Group(CueKind.Urgent, "break-in", "break-in", "broke in", "broken into", "burglary", "robbed", "alarm is going off"),
        .. Cue.Group(CueKind.Urgent, "missing person", "is missing", "went missing"),
        .. Cue.Group(CueKind.Urgent, "school", "school", "elementary", "preschool", "daycare", "day care", "kindergarten", "the principal"),

        .. Cue.Group(CueKind.EmergencyService, "police", "police", "sheriff", "state trooper", "detective", "precinct"),

        .. Cue.Group(CueKind.Authority, "a government office", "irs", "internal revenue service", "tax office", "tax department", "department of", "homeland security", "social security administration", "immigration office", "federal agent", "government", "court", "clerk's office"),
        .. Cue.Group(CueKind.Threat, "a threat", "warrant", "arrest", "arrested", "lawsuit", "legal action", "sue you", "back taxes", "you owe", "suspended", "unless you pay", "pay today", "a fine", "penalty", "deported", "frozen", "used in a crime", "jury duty", "missed your court date"),

        .. Cue.Group(CueKind.Scam, "gift cards", "gift card", "gift cards", "google play card*", "itunes card*", "steam card*", "prepaid card*"),
        .. Cue.Group(CueKind.Scam, "wire or crypto payment", "wire transfer", "wire the money", "western union", "moneygram", "bitcoin", "crypto", "cryptocurrency"),
        .. Cue.Group(CueKind.Scam, "a request for money", "send money", "send me money", "bail money"),
        .. Cue.Group(CueKind.Scam, "a prize", "you've won", "you have won", "winner", "prize", "lottery", "sweepstakes", "you've been selected", "you have been selected", "claim your", "shipping fee", "processing fee", "government grant", "grant money"),
        .. Cue.Group(CueKind.Scam, "account verification", "verify your account", "verify your identity", "confirm your account", "account number", "your pin", "verification code", "security code", "card number", "suspicious activity", "account has been suspended", "account has been compromised", "account has been locked", "did not authorize", "didn't authorize", "unauthorized purchase", "unauthorized charge", "your password", "banking password", "your passcode", "one-time code", "card was charged", "has been charged"),
        .. Cue.Group(CueKind.Scam, "a hold-the-line tactic", "stay on the line", "stay on the phone"),
        .. Cue.Group(CueKind.Scam, "tech support", "tech support", "technical support", "technical department", "your computer", "virus", "infected", "malware", "remote access"),
        .. Cue.Group(CueKind.Scam, "social security number", "social security number", "your ssn"),
        .. Cue.Group(CueKind.Scam, "an investment pitch", "double your money", "guaranteed return*", "investment opportunity", "trading platform", "forex"),
        .. Cue.Group(CueKind.Scam, "a shut-off threat", "will be disconnected", "be shut off", "disconnect your", "make a payment immediately"),
        .. Cue.Group(CueKind.Scam, "a plea for secrecy", "don't tell mom", "don't tell mum", "don't tell dad", "don't tell your parents", "don't tell anyone"),
        .. Cue.Group(CueKind.Scam, "a customs fee", "customs fee", "held at customs", "held in customs"),

        .. Cue.Group(CueKind.Robocall, "press a key", "press 0", "press 1", "press 2", "press 3", "press 4", "press 5", "press 6", "press 7", "press 8", "press 9", "press one", "press two", "press nine", "press zero", "press star", "press the pound"),
        .. Cue.Group(CueKind.Robocall, "recorded message", "recorded message", "prerecorded", "pre-recorded", "automated call", "automated message", "this is an automated", "this is an important message", "do not hang up"),
        .. Cue.Group(CueKind.Robocall, "removal from a list", "removed from our list", "to opt out", "final notice"),

        .. Cue.Group(CueKind.Sales, "extended warranty", "extended warrant*", "car warranty", "vehicle warranty", "auto warranty", "vehicle service contract"),
        .. Cue.Group(CueKind.Sales, "solar panels", "solar"),
        .. Cue.Group(CueKind.Sales, "energy savings", "energy bill", "electric bill", "lower your bill", "save on your", "save money on"),
        .. Cue.Group(CueKind.Sales, "insurance offer", "insurance quote", "free quote", "life insurance", "health insurance plan", "final expense", "medicare plan*", "lower your premium"),
        .. Cue.Group(CueKind.Sales, "special offer", "special offer", "limited time", "exclusive offer", "promotional", "great deal", "special deal", "best deal", "discounted", "you qualify", "you're eligible", "you are eligible", "eligible for", "pre-approved", "preapproved", "we're offering", "we are offering", "would you be interested", "are you interested in"),
        .. Cue.Group(CueKind.Sales, "home improvement pitch", "are you the homeowner", "homeowners in your area", "owner of the house", "owner of the home", "in your area", "in the neighborhood", "in your neighborhood", "free inspection*", "free roof inspection*", "free estimate*", "free home security", "home security system"),
        .. Cue.Group(CueKind.Sales, "credit or debt offer", "interest rate", "credit card services", "card services", "debt relief", "consolidate", "student loan", "credit score", "business loan", "merchant services"),
        .. Cue.Group(CueKind.Sales, "telecom upgrade", "internet plan", "faster internet", "phone plan", "mobile plan", "cable package", "lower price", "upgrade your"),
        .. Cue.Group(CueKind.Sales, "buying your home", "sell your house", "selling your house", "sell your home", "selling your home", "buy your house", "we buy houses", "cash offer", "for cash"),
        .. Cue.Group(CueKind.Sales, "injury claims pitch", "entitled to compensation", "you may be entitled", "injury claim", "accident claim"),
        .. Cue.Group(CueKind.Sales, "vacation package", "vacation package", "timeshare", "free cruise", "free vacation"),
        .. Cue.Group(CueKind.Sales, "survey", "survey", "surveys", "poll", "polling", "opinion research", "market research", "customer satisfaction", "answer a few questions", "minutes of your time"),
        .. Cue.Group(CueKind.Sales, "fundraising", "donation", "donations", "donate", "fundraiser", "fundraising"),
        .. Cue.Group(CueKind.Sales, "political campaign", "your vote", "vote for", "election", "candidate"),

        .. Cue.Group(CueKind.WrongNumber, "wrong number", "wrong number", "dialed the wrong", "dialled the wrong", "misdialed"),

        .. Cue.Group(CueKind.Delivery, "delivery", "delivery", "deliver", "delivering", "delivered", "package", "parcel", "courier", "shipment", "ups", "fedex", "dhl", "usps"),
        .. Cue.Group(CueKind.AtTheDoor, "at the door", "outside your", "i'm outside", "i am outside", "at your door", "at the door", "front door", "door code", "gate code", "buzzer", "in the lobby", "i'm downstairs"),
        .. Cue.Group(CueKind.Appointment, "appointment", "appointment", "appointments", "reschedul*", "reminder", "booking", "reservation", "fit you in"),
        .. Cue.Group(CueKind.Routine, "order ready", "prescription", "ready for pickup", "ready for pick up", "ready to pick up", "is ready", "has arrived"),
        .. Cue.Group(CueKind.ReturnCall, "returning a call", "returning your call", "returning a call", "returning a missed call", "missed call", "missed a call", "you called me", "called me earlier", "left me a voicemail", "left me a message", "got your message", "got your voicemail", "asked me to call", "told me to call"),
        .. Cue.Group(CueKind.LeaveMessage, "a message", "tell him", "tell her", "tell them", "let him know", "let her know", "take a message", "leave a message", "have him call", "have her call", "call me back", "call me when"),

        .. Cue.Group(CueKind.PersonalRelation, "family or friend", "mom", "mum", "mother", "dad", "father", "sister", "brother", "wife", "husband", "daughter", "grandma", "grandpa", "grandmother", "grandfather", "aunt", "uncle", "cousin", "friend", "roommate", "neighbor", "neighbour", "boyfriend", "girlfriend"),
        .. Cue.Group(CueKind.BusinessRole, "work or a service", "plumber", "electrician", "contractor", "handyman", "landlord", "property manager", "office", "clinic", "dentist", "doctor", "dr", "pharmacy", "vet", "veterinarian", "team", "colleague", "coworker", "co-worker", "i work with", "we work together", "company", "agency", "realtor", "real estate", "mechanic", "garage", "lawyer", "attorney", "accountant", "hr", "human resources", "recruiter"),
    ];
}
