using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// In Production, start-up stops, naming each missing key, unless Twilio can be served: without the auth token every
/// webhook is refused, and without the public base URL signatures are checked against the wrong URL behind the
/// platform's proxy. Development and test hosts start with no configuration at all.
/// </summary>
internal sealed class ProductionTwilioSettingsValidator(IHostEnvironment environment) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Success;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            missing.Add($"{TwilioOptions.AuthTokenKey} is required in Production (Key Vault secret Twilio--AuthToken, or the " +
                "environment variable Concierge__Twilio__AuthToken): without it no Twilio webhook can be verified.");
        }

        if (options.PublicBaseUrl is null)
        {
            missing.Add($"{TwilioOptions.PublicBaseUrlKey} is required in Production: the https URL Twilio calls, " +
                "e.g. https://concierge.example.com (Concierge__Twilio__PublicBaseUrl).");
        }

        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
