namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// English cues of a scam, grouped by what the caller does rather than by script: names an institution, threatens,
/// asks for a credential or an untraceable payment, dangles a windfall, asks a fee. Alone, an institution, a threat, a
/// windfall or a fee is neutral; <see cref="ScamReading"/> combines them. A credential request is a scam on its own.
/// </summary>
internal static class EnglishScamCues
{
    public static IReadOnlyList<Cue> All { get; } =
    [
        // The original vocabulary first, so its reasons read as before; what follows widens it.
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

        .. Cue.Group(CueKind.Credential, "a one-time code", "one time code", "one-time passcode", "one time passcode", "passcode", "the code we", "the code you", "code we sent", "code we just", "code you'll receive", "code you will receive", "the code i", "the code on the back"),
        .. Cue.Group(CueKind.Credential, "card details", "card details", "confirm your card", "numbers on your card", "pin number", "cvv", "digits on the back"),
        .. Cue.Group(CueKind.Credential, "bank details", "bank details", "bank account", "routing number", "iban", "online banking", "bank login", "login details"),
        .. Cue.Group(CueKind.Credential, "a transfer to a \"safe\" account", "secure account", "secure wallet", "wallet address", "seed phrase", "recovery phrase", "private key", "move your money", "move your coins", "withdraw cash"),
        .. Cue.Group(CueKind.Credential, "payment in gift cards or vouchers", "gift card*", "in vouchers"),
        .. Cue.Group(CueKind.Credential, "a wire or crypto payment", "wired today", "bail wired", "send me some money", "pay an invoice for me", "send you the account details", "upfront fee"),
        // The "grandparent" story: a relative in trouble who needs money wired now. Real family ask you to call back.
        .. Cue.Group(CueKind.Credential, "a wire or crypto payment", "wire money", "wire me", "wire the", "wire it", "wire some", "money wired", "wired to"),
        .. Cue.Group(CueKind.Credential, "remote access to a computer", "remote control", "fix it remotely", "anydesk", "teamviewer", "install an app", "install this app", "download an app", "access to your pc", "access to your computer", "connect to your computer", "click the link"),

        .. Cue.Group(CueKind.Authority, "a government office", "tax authority", "treasury", "benefits office", "pensions service", "pension service"),
        .. Cue.Group(CueKind.Authority, "a bank or payment company", "your bank", "the bank", "fraud department", "fraud prevention", "security team", "security department", "customer protection", "visa", "mastercard", "paypal", "binance", "coinbase"),
        .. Cue.Group(CueKind.Authority, "a utility", "electric company", "power company", "electricity company", "water department", "water company", "gas company", "energy supplier", "phone line"),
        .. Cue.Group(CueKind.Authority, "a tech company", "microsoft", "windows department", "windows support", "apple support", "icloud", "norton", "mcafee", "internet provider's technical"),
        .. Cue.Group(CueKind.Threat, "a threat", "your arrest", "arrest you", "be arrested", "prosecution", "overdue", "overpaid", "pay now", "locked", "blocked", "compromised", "hacked", "cut off", "shut off", "disconnected", "final warning", "illegal items", "police are involved", "will be lost", "expire", "expiring"),

        .. Cue.Group(CueKind.Windfall, "a prize", "draw", "been chosen", "claim it", "unclaimed", "grant", "refund", "cost of living payment", "free holiday", "free vacation", "free cruise"),
        .. Cue.Group(CueKind.Fee, "a fee", "fee", "fees", "unpaid", "outstanding", "to pay", "pay the", "pay a", "postage", "import duty", "a small tax", "a tax to pay", "small tax", "by card"),

        .. Cue.Group(CueKind.Scam, "a request for money", "not to tell"),
        .. Cue.Group(CueKind.Scam, "tech support", "error messages"),
        // Microsoft and Windows never phone people about their computer: a caller speaking for them is the tech-support scam.
        .. Cue.Group(CueKind.Scam, "tech support", "windows security", "windows license", "windows licence", "windows has detected", "windows technician", "microsoft technician", "microsoft security", "calling from microsoft", "calling from windows"),
        .. Cue.Group(CueKind.Scam, "an investment pitch", "crypto fraud", "percent a week"),
        .. Cue.Group(CueKind.Scam, "a customs fee", "clearance fee", "release fee"),

        // Single words for the same concepts, so a new wording of a known trick is still read: "tell me the pin".
        .. Cue.Group(CueKind.Credential, "a card number, PIN, password or code", "pin", "pins", "password*", "passcode*", "cvv", "iban", "credentials", "code", "codes", "vouchers", "prepaid", "anydesk", "teamviewer"),
        .. Cue.Group(CueKind.Authority, "a bank, an office or a utility (word)", "your account", "visa", "mastercard", "bank", "banking", "fraud", "revenue", "treasury", "customs", "pension*", "benefit*", "medicare", "microsoft", "paypal", "utility", "utilities", "electricity", "energy"),
        .. Cue.Group(CueKind.Threat, "a threat (word)", "warrant*", "prosecut*", "lawsuit*", "bailiff*", "suspend*", "freez*", "blocked", "disconnect*", "overdue", "expir*", "hack*", "clon*", "illegal*", "debt*"),
        .. Cue.Group(CueKind.Windfall, "a windfall (word)", "won", "winner*", "winning*", "prize*", "jackpot", "reward*", "refund*", "rebate*", "grant", "bonus", "selected", "lucky"),
        .. Cue.Group(CueKind.Fee, "a fee (word)", "fee", "fees", "tax", "taxes", "deposit", "payment*", "pay", "paying"),
        .. Cue.Group(CueKind.NothingToPay, "nothing to pay", "no payment", "nothing to pay", "no charge", "free of charge", "no fee", "no fees"),
        .. Cue.Group(CueKind.Scam, "money moved out of an account (word)", "withdraw*", "bitcoin*", "crypto*", "investment*", "invest", "bail"),
        .. Cue.Group(CueKind.Fee, "a transfer of your money", "transfer your", "move your", "moving your"),
        .. Cue.Group(CueKind.Fee, "a sum of money", "pounds", "dollars", "euros", "quid", "bucks", "grand"),
        .. Cue.Group(CueKind.Threat, "a new-phone story", "new number", "new phone", "lost my phone", "broke my phone", "dropped my phone", "phone is broken", "friend's phone", "friend's account"),
    ];
}
