using System.Reflection;
using System.Reflection.Emit;
using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Orleans;

namespace Concierge.Grains.Tests;

/// <summary>
/// Orleans does not notice a call cycle (a grain waiting on a grain that waits on it): both wait out the response
/// timeout, longer than a caller on the phone waits. So the grains' calls to one another must form no cycle. The graph is
/// read from the compiled grains: every <see cref="IGrainFactory"/>.GetGrain&lt;T&gt; in a grain class (its methods,
/// lambdas and async state machines) is an edge from that grain's interface to T.
/// </summary>
public sealed class GrainCallGraphTests
{
    private static readonly Lazy<Dictionary<(Type Caller, Type Called), string>> Edges = new(() => GrainCalls.Of(typeof(CallGrain).Assembly));

    [Fact]
    public void ACallAsksItsCompanyAndItsCaller()
    {
        Assert.Contains((typeof(ICallGrain), typeof(ICompanyGrain)), Edges.Value.Keys);
        Assert.Contains((typeof(ICallGrain), typeof(ICallerGrain)), Edges.Value.Keys);
    }

    [Fact]
    public void GrainsCallOneAnotherWithoutACycle()
    {
        var graph = Edges.Value.Keys.ToLookup(edge => edge.Caller, edge => edge.Called);

        foreach (var start in graph.Select(g => g.Key))
        {
            var cycle = CycleFrom(start, graph, [start]);
            Assert.True(cycle is null, $"Grain call cycle: {string.Join(" → ", cycle?.Select(t => t.Name) ?? [])}");
        }
    }

    private static List<Type>? CycleFrom(Type grain, ILookup<Type, Type> graph, List<Type> path)
    {
        foreach (var called in graph[grain])
        {
            if (called == path[0])
            {
                return [.. path, called];
            }

            if (!path.Contains(called) && CycleFrom(called, graph, [.. path, called]) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    /// <summary>Reads grain-to-grain calls out of compiled IL: no execution, so no path can hide.</summary>
    private static class GrainCalls
    {
        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        /// <summary>Each (calling grain interface, called grain interface), with where the call is made.</summary>
        public static Dictionary<(Type Caller, Type Called), string> Of(Assembly grains)
        {
            var edges = new Dictionary<(Type, Type), string>();
            foreach (var type in grains.GetTypes())
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Cast<MethodBase>().Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)))
                {
                    foreach (var called in GrainsCalledBy(method))
                    {
                        var owner = Outermost(type);
                        var caller = owner.GetInterfaces().SingleOrDefault(IsGrainInterface)
                            ?? throw new InvalidOperationException($"{owner.Name}.{method.Name} calls {called.Name} but {owner.Name} is not a grain: move the call into a grain, or teach this check where it belongs.");
                        edges[(caller, called)] = $"{owner.Name}.{method.Name}";
                    }
                }
            }

            return edges;
        }

        private static bool IsGrainInterface(Type type) =>
            typeof(IGrainWithStringKey).IsAssignableFrom(type) && type.Namespace?.StartsWith("Concierge.", StringComparison.Ordinal) == true;

        private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

        private static IEnumerable<Type> GrainsCalledBy(MethodBase method)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                yield break;
            }

            var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            for (var at = 0; at < il.Length;)
            {
                var opCode = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
                at += opCode.Size;
                if (opCode.OperandType == OperandType.InlineMethod)
                {
                    var target = method.Module.ResolveMethod(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    if (target is MethodInfo { Name: "GetGrain", IsGenericMethod: true } getGrain && getGrain.DeclaringType == typeof(IGrainFactory))
                    {
                        yield return getGrain.GetGenericArguments()[0];
                    }
                }

                at += OperandSize(opCode, il, at);
            }
        }

        private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
            _ => 4,
        };
    }
}
