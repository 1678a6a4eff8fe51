using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Xunit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Concierge.TestSupport;

/// <summary>One request the fake server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string QueryString, IHeaderDictionary Headers, JsonNode Body)
{
    /// <summary>The chat messages sent, as role and text.</summary>
    public IReadOnlyList<(string Role, string Text)> Messages =>
        [.. Body["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), TextOf(m["content"]!)))];

    /// <summary>The JSON schema sent as response_format.</summary>
    public JsonNode ResponseSchema => Body["response_format"]!["json_schema"]!["schema"]!;

    // Message content is either a plain string or an array of typed parts, depending on how the client serializes it.
    private static string TextOf(JsonNode content) => content is JsonArray parts
        ? string.Concat(parts.Select(p => p!["text"]?.GetValue<string>()))
        : content.GetValue<string>();
}

/// <summary>One upload the fake server received on <c>/audio/transcriptions</c> (multipart/form-data).</summary>
public sealed record RecordedTranscription(
    string Path, IHeaderDictionary Headers, string? Model, string? FileName, byte[] File, string? Language, string? ResponseFormat);

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) speaking the chat-completions protocol: it records each request and
/// answers with a chat.completion object (its content, or a queued function call in <c>tool_calls</c>), an OpenAI-style error, or after a delay, as the test sets it up. It speaks
/// the audio API's transcriptions too (<c>/audio/transcriptions</c>): it records each upload and answers
/// <c>{"text": ...}</c>, or an error for the failures a test queued.
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<RecordedTranscription> transcriptions = new();
    private readonly ConcurrentQueue<int> transcriptionFailures = new();
    private readonly ConcurrentQueue<(string Name, string Arguments)> toolCalls = new();
    private readonly WebApplication app;

    private FakeChatCompletionsServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>The assistant message content of the next answers (the model's JSON).</summary>
    public string Content { get; set; } = "{}";

    public string FinishReason { get; set; } = "stop";

    public string? Refusal { get; set; }

    /// <summary>Anything but 200 answers with an OpenAI-style error body instead of a completion.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    /// <summary>When set, the whole 200 response body, verbatim: for envelopes that are not a chat completion.</summary>
    public string? RawBody { get; set; }

    /// <summary>How long to wait before answering (abandoned when the client goes away).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>e.g. "http://127.0.0.1:41234/".</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>What the next transcriptions say.</summary>
    public string TranscriptionText { get; set; } = "";

    public IReadOnlyList<RecordedTranscription> Transcriptions => [.. transcriptions];

    /// <summary>The next transcription requests are answered with these statuses (an OpenAI-style error), one each, in order.</summary>
    public void FailNextTranscriptions(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            transcriptionFailures.Enqueue(status);
        }
    }

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Points an app's model (<c>Concierge:Model:*</c>) at this server, as OpenAI with <paramref name="apiKey"/>.</summary>
    public void Configure(IDictionary<string, string?> settings, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Concierge:Model:Provider"] = "OpenAI";
        settings["Concierge:Model:Endpoint"] = new Uri(BaseAddress, "v1").ToString();
        settings["Concierge:Model:ApiKey"] = apiKey;
    }

    /// <summary>
    /// The next requests that offer tools are answered, one each, in order, with a call of the function
    /// <paramref name="name"/> with <paramref name="arguments"/> (a JSON object as text, as the model writes it):
    /// <c>finish_reason</c> "tool_calls" and the call in <c>message.tool_calls</c>. Requests without tools, or once the
    /// queue is empty, get the usual answer.
    /// </summary>
    public void AnswerWithToolCalls(params (string Name, string Arguments)[] calls)
    {
        foreach (var call in calls)
        {
            toolCalls.Enqueue(call);
        }
    }

    /// <summary>The requests that offered the model tools to call.</summary>
    public IReadOnlyList<RecordedRequest> ToolRequests => [.. requests.Where(r => r.Body["tools"] is JsonArray { Count: > 0 })];

    public static async Task<FakeChatCompletionsServer> StartAsync()
    {
        var server = new FakeChatCompletionsServer();
        await server.app.StartAsync();
        server.BaseAddress = new Uri(server.app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await app.StopAsync(stopping.Token);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (http.Request.HasFormContentType && http.Request.Path.Value?.EndsWith("/audio/transcriptions", StringComparison.Ordinal) == true)
        {
            await TranscribeAsync(http);
            return;
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) ?? new JsonObject();
        requests.Enqueue(new RecordedRequest(
            http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "", new HeaderDictionary(http.Request.Headers.ToDictionary()), body));

        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (StatusCode != StatusCodes.Status200OK)
        {
            // A long Retry-After: a client that retried would sit out the whole deadline.
            http.Response.Headers.RetryAfter = "30";
            await Results.Json(Error(StatusCode), statusCode: StatusCode).ExecuteAsync(http);
            return;
        }

        if (RawBody is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(RawBody);
            return;
        }

        var model = body["model"]?.GetValue<string>() ?? "unknown";
        await Results.Json(body["tools"] is JsonArray { Count: > 0 } && toolCalls.TryDequeue(out var call) ? ToolCallCompletion(model, call) : Completion(model)).ExecuteAsync(http);
    }

    private JsonObject Completion(string model) => Envelope(
        model,
        new JsonObject { ["role"] = "assistant", ["content"] = Refusal is null ? Content : null, ["refusal"] = Refusal },
        FinishReason);

    /// <summary>A completion whose message calls one function, as the chat-completions API writes it.</summary>
    private static JsonObject ToolCallCompletion(string model, (string Name, string Arguments) call) => Envelope(
        model,
        new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["refusal"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = "call_" + Guid.NewGuid().ToString("N")[..24],
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments },
            }),
        },
        "tool_calls");

    private static JsonObject Envelope(string model, JsonObject message, string finishReason) => new()
    {
        ["id"] = "chatcmpl-fake-" + Guid.NewGuid().ToString("N"),
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = message,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 420, ["completion_tokens"] = 60, ["total_tokens"] = 480 },
        ["system_fingerprint"] = "fp_fake",
    };

    private async Task TranscribeAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var file = form.Files.GetFile("file");
        using var bytes = new MemoryStream();
        if (file is not null)
        {
            await file.CopyToAsync(bytes);
        }

        transcriptions.Enqueue(new RecordedTranscription(
            http.Request.Path.Value ?? "", new HeaderDictionary(http.Request.Headers.ToDictionary()), form["model"].FirstOrDefault(), file?.FileName,
            bytes.ToArray(), form["language"].FirstOrDefault(), form["response_format"].FirstOrDefault()));
        if (transcriptionFailures.TryDequeue(out var status))
        {
            await Results.Json(Error(status), statusCode: status).ExecuteAsync(http);
        }
        else if (file is null || string.IsNullOrEmpty(form["model"].FirstOrDefault()))
        {
            await Results.Json(Error(StatusCodes.Status400BadRequest), statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
        }
        else if (form["response_format"].FirstOrDefault() == "text")
        {
            await Results.Text(TranscriptionText).ExecuteAsync(http);
        }
        else
        {
            await Results.Json(new JsonObject { ["text"] = TranscriptionText }).ExecuteAsync(http);
        }
    }

    private static JsonObject Error(int status) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = status switch
            {
                StatusCodes.Status429TooManyRequests => "Rate limit reached.",
                < 500 => "The request is invalid.",
                _ => "The server had an error.",
            },
            ["type"] = status switch
            {
                StatusCodes.Status429TooManyRequests => "requests",
                < 500 => "invalid_request_error",
                _ => "server_error",
            },
            ["param"] = null,
            ["code"] = status == StatusCodes.Status429TooManyRequests ? "rate_limit_exceeded" : null,
        },
    };
}
