using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Turns a settings class's own problem list (each message naming its configuration key) into the options pipeline's
/// verdict, so <c>ValidateOnStart</c> stops start-up with every problem at once.
/// </summary>
internal sealed class SettingsValidator<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
