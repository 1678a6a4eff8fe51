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
        .. Cue.Group(CueKind.Urgent, "someone stranded", "stuck", "stranded", "locked out", "phone's dying", "phone is dying", "battery's dying", "no battery", "can't get home"),
        .. Cue.Group(CueKind.Urgent, "a fall or a sudden illness", "collapsed", "had a fall", "a fall", "fallen", "can't get up", "hit her head", "head injury", "feeling faint", "faint", "unwell", "gone into labour", "gone into labor", "in labour", "complication", "twisted", "sprained", "cut his", "cut her", "smashed", "got loose", "got out"),
        .. Cue.Group(CueKind.Urgent, "a danger at home", "smoke", "gas leak", "evacuat*", "water everywhere", "water coming", "pouring", "no power"),
        .. Cue.Group(CueKind.Urgent, "a child not collected", "no one has come", "nobody has come", "hasn't been picked up", "won't run", "an incident", "a fight"),

        .. Cue.Group(CueKind.Urgent, "a plea for help now", "right now", "right away", "immediately", "asap", "as soon as possible", "hurry", "please help", "help me", "need help", "need your help"),
        .. Cue.Group(CueKind.Urgent, "harm or danger (word)", "injury", "injuries", "sick", "pain", "bleeding", "broken", "stuck", "stranded", "trapped", "lost", "scared", "afraid", "crying", "screaming", "attacked", "assaulted", "danger*", "unsafe", "collapsed", "dying", "dead", "overdose", "poisoned", "drowning"),
        .. Cue.Group(CueKind.EmergencyService, "police", "police", "sheriff", "state trooper", "detective", "precinct", "fire department", "coast guard", "animal control"),



        .. Cue.Group(CueKind.Robocall, "press a key", "press 0", "press 1", "press 2", "press 3", "press 4", "press 5", "press 6", "press 7", "press 8", "press 9", "press one", "press two", "press nine", "press zero", "press star", "press the pound"),
        .. Cue.Group(CueKind.Robocall, "recorded message", "recorded message", "prerecorded", "pre-recorded", "automated call", "automated message", "this is an automated", "this is an important message", "do not hang up"),
        .. Cue.Group(CueKind.Robocall, "removal from a list", "removed from our list", "to opt out", "final notice"),


        .. Cue.Group(CueKind.WrongNumber, "wrong number", "wrong number", "dialed the wrong", "dialled the wrong", "misdialed"),

        .. Cue.Group(CueKind.Delivery, "delivery", "delivery", "deliver", "delivering", "delivered", "package", "parcel", "courier", "shipment", "ups", "fedex", "dhl", "usps"),
        .. Cue.Group(CueKind.AtTheDoor, "at the door", "outside your", "i'm outside", "i am outside", "at your door", "at the door", "front door", "door code", "gate code", "buzzer", "in the lobby", "i'm downstairs"),
        .. Cue.Group(CueKind.Appointment, "appointment", "appointment", "appointments", "booked", "reschedul*", "reminder", "booking", "reservation", "fit you in"),
        .. Cue.Group(CueKind.Routine, "order ready", "prescription", "ready for pickup", "ready for pick up", "ready to pick up", "is ready", "has arrived", "are in", "has come in", "ready to collect", "will be held"),
        .. Cue.Group(CueKind.NeedsOwner, "a decision only the owner can make", "approve", "approval", "your okay", "your ok", "a decision", "decision from you", "sign-off", "sign off", "confirm some details", "need to know whether", "need to know if", "whether to", "before tonight", "by tonight"),
        .. Cue.Group(CueKind.NeedsOwner, "a word with the owner", "needs to speak with", "needs to talk to", "need to speak with", "need to talk to", "needs to speak to", "need to speak to", "talk to a parent", "speak to a parent", "speak with a parent", "needs a parent", "can a parent", "family member to call", "asking for his", "wants to discuss", "would like to discuss", "discuss them", "need him on", "need him", "need her"),
        .. Cue.Group(CueKind.NeedsOwner, "someone to come", "come pick", "pick him up", "pick her up", "pick them up", "collect him", "collect her", "collect your", "someone to come", "somebody open", "open the garage", "come down", "come collect", "come and get"),
        .. Cue.Group(CueKind.Routine, "a notice that needs no answer", "just letting", "just to let", "just so you know", "no reply needed", "no action needed", "nothing else is needed", "confirming", "just a reminder", "reminding", "if that works", "is still okay", "will try again", "try again tomorrow", "out for delivery", "delivery window", "pick a slot", "a slot online", "we received"),
        .. Cue.Group(CueKind.OwnerMatter, "someone of the owner's", "your son", "your daughter", "your child", "your kid", "your kids", "your children", "your boy", "your girl", "your mother", "your mom", "your mum", "your father", "your dad", "your wife", "your husband", "your partner", "your brother", "your sister", "your grandmother", "your grandfather", "your grandma", "your grandpa", "your family", "your dog", "your cat", "your horse", "your pet", "your neighbour", "your neighbor", "your teenage"),
        .. Cue.Group(CueKind.OwnerMatter, "the owner's own affairs", "your order", "your parcel", "your package", "your delivery", "your appointment", "your booking", "your reservation", "your prescription", "your results", "your test", "your scan", "your x-rays", "your file", "your case", "your claim", "your complaint", "your application", "your registration", "your house", "your flat", "your apartment", "your garage", "your car is", "your new", "your address", "your building", "your unit", "your leave", "your contract", "your invoice"),
        .. Cue.Group(CueKind.OwnerMatter, "dealings the owner already has", "you ordered", "you booked", "you reserved", "you reported", "you asked", "you hired", "you sent", "you left", "he ordered", "she ordered", "he sent", "she sent", "he booked", "he reserved", "registered to", "in your name", "one of alex's", "we spoke last", "as discussed", "as agreed"),
        .. Cue.Group(CueKind.ReturnCall, "returning a call", "returning your call", "returning a call", "returning a missed call", "missed call", "missed a call", "you called me", "called me earlier", "left me a voicemail", "left me a message", "got your message", "got your voicemail", "asked me to call", "told me to call"),
        .. Cue.Group(CueKind.LeaveMessage, "a message", "tell him", "tell her", "tell them", "let him know", "let her know", "take a message", "leave a message"),

        .. Cue.Group(CueKind.PersonalRelation, "family or friend", "mom", "mum", "mother", "dad", "father", "sister", "brother", "wife", "husband", "daughter", "grandma", "grandpa", "grandmother", "grandfather", "aunt", "uncle", "cousin", "friend", "roommate", "neighbor", "neighbour", "boyfriend", "girlfriend", "niece", "grandson", "granddaughter", "godson", "partner", "next door", "across the street", "in-law", "father-in-law", "mother-in-law", "sister-in-law", "brother-in-law", "old roommate", "went to college together"),
        .. Cue.Group(CueKind.BusinessRole, "work or a service", "plumber", "electrician", "contractor", "handyman", "landlord", "property manager", "office", "clinic", "dentist", "doctor", "dr", "pharmacy", "vet", "veterinarian", "team", "colleague", "coworker", "co-worker", "i work with", "we work together", "company", "agency", "realtor", "real estate", "mechanic", "garage", "lawyer", "attorney", "accountant", "hr", "human resources", "recruiter", "fire department", "animal control", "library", "shelter", "surgery", "stables", "super", "intern", "boss", "manager", "supplier", "client", "clients", "accounting", "facilities", "attendance office", "school office", "bus company", "movers", "optician", "engineer", "salon", "restaurant", "shop", "the office", "nurse", "teacher"),
    ];
}
