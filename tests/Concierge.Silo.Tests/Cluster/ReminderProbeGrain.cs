namespace Concierge.Silo.Tests.Cluster;

/// <summary>A grain that keeps one durable reminder, to see the reminder table at work.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers (or moves) the reminder <paramref name="name"/>: first tick in a minute, then every minute.</summary>
    Task RegisterAsync(string name);

    /// <summary>Whether the reminder table holds the reminder <paramref name="name"/> for this grain.</summary>
    Task<bool> HasAsync(string name);

    /// <summary>Removes the reminder <paramref name="name"/>, if there is one.</summary>
    Task UnregisterAsync(string name);
}

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public Task RegisterAsync(string name) =>
        this.RegisterOrUpdateReminder(name, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

    public async Task<bool> HasAsync(string name) => await this.GetReminder(name) is not null;

    public async Task UnregisterAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
