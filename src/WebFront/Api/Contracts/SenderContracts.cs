using Concierge.Grains.Interfaces.Companies;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>A message sender as the operator adds one: the phone in any common format (read for the company's region) and a name.</summary>
public sealed record SenderInput(string? Phone = null, string? Name = null);

public sealed record SenderResponse(string Phone, string Name, DateTimeOffset AddedAt)
{
    public static SenderResponse Of(MessageSender sender) => new(sender.Phone, sender.Name, sender.AddedAt);
}
