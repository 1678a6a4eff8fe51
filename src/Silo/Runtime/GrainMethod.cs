using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>
/// One grain interface method, compiled once into a direct call and a dispatcher that runs it as a turn
/// on the target activation. Reflection happens at first use only.
/// </summary>
internal sealed class GrainMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Cache = new();
    private static readonly MethodInfo DispatchTypedMethod =
        typeof(GrainMethod).GetMethod(nameof(DispatchTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly Func<object, object?[], Task> call;
    private readonly Func<GrainRuntime, GrainId, object?[], Task> dispatch;

    private GrainMethod(MethodInfo method)
    {
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
        call = CompileCall(method);
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            dispatch = DispatchVoid;
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            dispatch = DispatchTypedMethod.MakeGenericMethod(returnType.GetGenericArguments()[0])
                .CreateDelegate<Func<GrainRuntime, GrainId, object?[], Task>>(this);
        }
        else
        {
            throw new InvalidOperationException($"Grain method {Name} must return Task or Task<T>, not {returnType.Name}.");
        }
    }

    public string Name { get; }

    public static GrainMethod For(MethodInfo method) => Cache.GetOrAdd(method, static m => new GrainMethod(m));

    public Task Dispatch(GrainRuntime runtime, GrainId id, object?[] args) => dispatch(runtime, id, args);

    private Task<bool> DispatchVoid(GrainRuntime runtime, GrainId id, object?[] args) =>
        runtime.InvokeAsync(id, this, async grain =>
        {
            await call(grain, args);
            return true;
        });

    private Task<T> DispatchTyped<T>(GrainRuntime runtime, GrainId id, object?[] args) =>
        runtime.InvokeAsync(id, this, grain => (Task<T>)call(grain, args));

    private static Func<object, object?[], Task> CompileCall(MethodInfo method)
    {
        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType.IsByRef))
        {
            throw new InvalidOperationException($"Grain method {method.DeclaringType!.Name}.{method.Name} cannot take ref or out parameters.");
        }

        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var arguments = parameters.Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var body = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, arguments);
        return Expression.Lambda<Func<object, object?[], Task>>(body, grain, args).Compile();
    }
}
