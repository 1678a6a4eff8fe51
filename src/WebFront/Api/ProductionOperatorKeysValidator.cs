using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

/// <summary>
/// In Production, start-up stops naming each operator key shorter than <see cref="OperatorKeyOptions.MinimumProductionLength"/>
/// characters (never showing it). Unset keys are fine: the admin routes stay closed, the owner's key is generated.
/// Development and tests keep their short keys.
/// </summary>
internal sealed class ProductionOperatorKeysValidator(IHostEnvironment environment) : IValidateOptions<OperatorKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, OperatorKeyOptions options)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Success;
        }

        var tooShort = new[] { (OperatorKeyOptions.AdminKeySetting, options.AdminKey), (OperatorKeyOptions.OwnerKeySetting, options.Owner.ApiKey) }
            .Where(key => key.Item2 is { Length: > 0 and < OperatorKeyOptions.MinimumProductionLength })
            .Select(key => $"{key.Item1} must be at least {OperatorKeyOptions.MinimumProductionLength} characters in Production " +
                $"(it has {key.Item2!.Length}): a short key can be guessed. Leave it unset, or use a long random value.")
            .ToList();
        return tooShort.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(tooShort);
    }
}
