namespace Concierge.WebFront.Api.OpenApi;

/// <summary>
/// A text field or query parameter that holds one word of <paramref name="list"/>: the OpenAPI document lists the words
/// as its enum. The values stay strings in C# (stored data and clients use these words), so the type cannot say it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class OneOfAttribute(ApiWordList list) : Attribute
{
    public ApiWordList List { get; } = list;
}
