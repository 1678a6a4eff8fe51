using System.Reflection;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Serialization;

namespace Concierge.Grains.Tests;

/// <summary>
/// Everything that crosses a grain boundary (what grain methods take and return, and the exceptions they throw) has an
/// Orleans serializer, so it arrives from another silo as itself; records are immutable, so Orleans need not copy them.
/// </summary>
public sealed class GrainContractSerializationTests
{
    private static readonly Assembly Contracts = typeof(ICallGrain).Assembly;

    public static TheoryData<Type> BoundaryTypes => [.. Crossing()];

    [Theory]
    [MemberData(nameof(BoundaryTypes))]
    public void TypesCrossingAGrainBoundaryHaveAGeneratedSerializer(Type type)
    {
        Assert.NotNull(type.GetCustomAttribute<GenerateSerializerAttribute>(inherit: false));
        Assert.NotNull(type.GetCustomAttribute<AliasAttribute>(inherit: false));
        if (!type.IsEnum && !typeof(Exception).IsAssignableFrom(type))
        {
            Assert.NotNull(type.GetCustomAttribute<ImmutableAttribute>(inherit: false));
        }
    }

    [Fact]
    public void ACallsRecordAndItsStepsRoundTripThroughTheSerializer()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        string[] languages = ["en-US", "fr-FR"];
        var record = new CallRecord("CA1", "default", "+14155550111", "+18005550000", "Sam", "ended", CallDecisions.Transferred, "urgent", "completed", "urgent", "offline", null,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1), 60, [new CallTurn(1, TurnSpeakers.Caller, "It's Sam", DateTimeOffset.UnixEpoch)]);
        CallStep step = new TransferStep("Putting you through.", "+14155550100", 20, Whisper: true, "en-US");
        var settings = new CompanySettings("Acme", "Alex", null, [], null, [.. languages], "");

        var copy = serializer.Deserialize<CallRecord>(serializer.SerializeToArray(record));

        Assert.Equal(record with { Turns = copy!.Turns }, copy);
        Assert.Equal(record.Turns, copy.Turns);
        Assert.Equal(step, serializer.Deserialize<CallStep>(serializer.SerializeToArray(step)));
        Assert.Equal(languages, serializer.Deserialize<CompanySettings>(serializer.SerializeToArray(settings))!.Languages);
    }

    [Fact]
    public void AProjectionConflictArrivesAsItselfNamingItsTable()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(new ProjectionConflictException("company_numbers", "unique constraint")));

        Assert.Equal("company_numbers", Assert.IsType<ProjectionConflictException>(copy).Table);
    }

    /// <summary>Grain method parameters and results, what they hold, subtypes of the abstract ones, and the contracts' exceptions.</summary>
    private static IEnumerable<Type> Crossing()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(Contracts.GetTypes()
            .Where(t => t.IsInterface && typeof(IGrainWithStringKey).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Concat(Contracts.GetTypes().Where(t => typeof(Exception).IsAssignableFrom(t))));
        while (pending.TryDequeue(out var type))
        {
            foreach (var ours in Unwrapped(type).Where(t => t.Assembly == Contracts && seen.Add(t)))
            {
                foreach (var property in ours.IsEnum || typeof(Exception).IsAssignableFrom(ours) ? [] : ours.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Enqueue(property.PropertyType);
                }

                foreach (var subtype in Contracts.GetTypes().Where(t => t.IsSubclassOf(ours)))
                {
                    pending.Enqueue(subtype);
                }
            }
        }

        return seen.OrderBy(t => t.Name);
    }

    /// <summary>The types inside Task&lt;T&gt;, T?, lists and arrays.</summary>
    private static IEnumerable<Type> Unwrapped(Type type) =>
        type.IsArray ? Unwrapped(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrapped)
        : [type];
}
