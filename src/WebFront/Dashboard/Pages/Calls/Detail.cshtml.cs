using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Calls;

/// <summary>One call in a line, then turn by turn: each concierge turn's screener latency, brain and decision, and the call's outcome. Opening it marks it read.</summary>
public sealed class CallDetailModel(IGrainFactory grains, ConversationQueries conversations, OwnerInbox inbox) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string CallSid { get; set; } = "";

    public CallRecord? Call { get; private set; }

    public static string SpeakerName(string speaker) => speaker switch
    {
        TurnSpeakers.Caller => "Caller",
        TurnSpeakers.Concierge => "Concierge",
        _ => "Call",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Call = await CompanyCalls.FindAsync(grains, conversations, CompanyId, CallSid, cancellationToken);
        if (Call is null)
        {
            return Missing();
        }

        await inbox.MarkReviewedAsync(User, Call.CallSid);
        return Page();
    }
}
