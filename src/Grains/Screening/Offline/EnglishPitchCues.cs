namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// English cues of an unsolicited call: an offer or a price, a product pitched to a stranger, a recruiter, a survey, an
/// appeal for money, a campaign. A salesperson who gives a name and a company is still selling, so these decide before
/// "said who and why". Words that also fit a friend ("free", "would you like") only appear inside longer phrases.
/// </summary>
internal static class EnglishPitchCues
{
    public static IReadOnlyList<Cue> All { get; } =
    [
        // The original vocabulary first, so its reasons read as before; what follows widens it.
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

        .. Cue.Group(CueKind.Sales, "special offer", "special on", "on offer", "deal for you", "percent off", "off all", "half price", "half what you pay", "cheaper", "at no cost", "no cost to you", "no obligation", "lock in", "pre-selected", "valued customer", "customers like you"),
        .. Cue.Group(CueKind.Sales, "a free trial or inspection", "free trial", "free demo", "free assessment*", "free consultation", "free treatment", "first treatment", "free energy"),
        .. Cue.Group(CueKind.Sales, "a product pitch", "introduce you to", "tell you about our", "i'd love to book", "book you a visit", "book a visit", "we help small", "we help businesses", "we help companies", "we help families", "help families", "we specialise", "we specialize", "we're installing", "we install", "slots left", "spaces left", "only takes", "small businesses"),
        .. Cue.Group(CueKind.Sales, "home improvement pitch", "in your neighbourhood", "your lawn", "your driveway", "double glazing", "fitted kitchens", "alarm systems", "water filter"),
        .. Cue.Group(CueKind.Sales, "energy savings", "how much you'd save", "electricity tariff", "cheaper electricity", "switch you to"),
        .. Cue.Group(CueKind.Sales, "insurance offer", "a quote on", "funeral planning", "funeral plan*"),
        .. Cue.Group(CueKind.Sales, "credit or debt offer", "rates just dropped", "rates have dropped", "refinanc*", "home equity", "line of credit", "working capital", "business funding"),
        .. Cue.Group(CueKind.Sales, "telecom upgrade", "broadband", "gigabit"),
        .. Cue.Group(CueKind.Sales, "vacation package", "cruise package", "travel club", "gym membership"),
        .. Cue.Group(CueKind.Sales, "recruiting", "recruiter", "headhunter", "staffing", "exciting opportunity", "your profile", "is hiring", "hiring this", "temporary workers"),
        .. Cue.Group(CueKind.Sales, "survey", "polls", "study about", "questionnaire", "feedback team", "feedback call", "rate your", "on a scale", "satisfaction study", "how satisfied", "your opinion", "opinions", "what people think", "ask you a few questions", "just a few questions", "take part"),
        .. Cue.Group(CueKind.Sales, "fundraising", "supporters", "your support", "support our", "raise money", "raising funds", "monthly gift", "a month can", "your contribution", "charity", "a volunteer with", "benevolent fund"),
        .. Cue.Group(CueKind.Sales, "political campaign", "campaign", "ballot", "polling station", "polling place", "a town hall meeting", "for city council", "the election", "upcoming election", "green party", "labour campaign"),

        // Single words for the same concepts: a pitch is recognised by what it offers, not by one script.
        .. Cue.Group(CueKind.Sales, "an offer (word)", "offer", "offers", "offering", "discount*", "promo", "promos", "deals", "cheaper", "savings", "eligible", "qualify", "tariff*", "subscription*", "upgrade*", "demo", "demonstration", "opportunit*"),
        .. Cue.Group(CueKind.Sales, "recruiting (word)", "recruit*", "headhunt*", "hiring", "candidates"),
        .. Cue.Group(CueKind.Sales, "a survey (word)", "survey*", "polls", "questionnaire*", "satisf*"),
        .. Cue.Group(CueKind.Sales, "an appeal for money (word)", "donat*", "donor*", "charit*", "fundrais*", "sponsor*", "contribution*", "supporters"),
        .. Cue.Group(CueKind.Sales, "a political campaign (word)", "elections", "elected", "vote", "votes", "voting", "voter*", "ballot*", "constituency", "senator", "congressman", "congresswoman", "mayor"),
    ];
}
