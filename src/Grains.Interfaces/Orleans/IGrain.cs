namespace Orleans;

/// <summary>Marker for grain interfaces: every method returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;

/// <summary>A grain addressed by a string key (a CallSid, a company id, an E.164 number…).</summary>
public interface IGrainWithStringKey : IGrain;
