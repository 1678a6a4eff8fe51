using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

/// <summary>Stops start-up with the parser's own message when the owner's phone or time zone cannot be understood.</summary>
internal sealed class OwnerOptionsValidator : IValidateOptions<OwnerOptions>
{
    public ValidateOptionsResult Validate(string? name, OwnerOptions options)
    {
        try
        {
            options.ToSettings();
            return ValidateOptionsResult.Success;
        }
        catch (FormatException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
