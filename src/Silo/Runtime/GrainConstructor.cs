using System.Reflection;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>
/// Builds a grain instance: parameters marked <see cref="PersistentStateAttribute"/> get storage-bound state,
/// every other parameter comes from the activation's service scope.
/// </summary>
public sealed class GrainConstructor
{
    private readonly ConstructorInfo constructor;
    private readonly Func<GrainActivation, object>[] arguments;

    private GrainConstructor(ConstructorInfo constructor)
    {
        this.constructor = constructor;
        arguments = [.. constructor.GetParameters().Select(BindParameter)];
    }

    internal static GrainConstructor For(Type grainClass)
    {
        var constructors = grainClass.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new InvalidOperationException($"Grain class {grainClass.Name} must have exactly one public constructor.");
        }

        return new GrainConstructor(constructors[0]);
    }

    internal Grain Create(GrainActivation activation)
    {
        var values = new object[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i](activation);
        }

        using (RuntimeContext.Enter(activation))
        {
            try
            {
                return (Grain)constructor.Invoke(values);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }

    private static Func<GrainActivation, object> BindParameter(ParameterInfo parameter)
    {
        var persistent = parameter.GetCustomAttribute<PersistentStateAttribute>();
        if (persistent is null)
        {
            var serviceType = parameter.ParameterType;
            return activation => activation.ActivationServices.GetService(serviceType)
                ?? throw new InvalidOperationException($"No service of type {serviceType.Name} for grain {activation.GrainId.ForLogs()}.");
        }

        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new InvalidOperationException($"[PersistentState] parameter '{parameter.Name}' must be an IPersistentState<T>.");
        }

        var stateType = type.GetGenericArguments()[0];
        return activation => activation.CreatePersistentState(stateType, persistent.StateName, persistent.StorageName);
    }
}
