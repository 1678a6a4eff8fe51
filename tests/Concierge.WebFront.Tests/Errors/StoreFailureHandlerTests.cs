using System.Net.Sockets;
using Concierge.Grains.Interfaces.Storage;
using Concierge.WebFront.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Concierge.WebFront.Tests.Errors;

/// <summary>503 with Retry-After means the store is out (unreachable, busy, timing out): a client should retry. A
/// statement the store refuses is not an outage, and retrying it would fail the same way.</summary>
public sealed class StoreFailureHandlerTests
{
    public static TheoryData<string, Exception> Outages => new()
    {
        { "SQLite busy", new SqliteException("database is locked", 5) },
        { "SQLite locked", new SqliteException("database table is locked", 6) },
        { "SQLite I/O error", new SqliteException("disk I/O error", 10, 266) },
        { "SQLite cannot open", new SqliteException("unable to open database file", 14) },
        { "PostgreSQL unreachable", new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused)) },
        { "PostgreSQL read timeout", new NpgsqlException("Exception while reading from stream", new TimeoutException()) },
        { "PostgreSQL starting up", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03") },
        { "PostgreSQL connection lost", new PostgresException("connection failure", "FATAL", "FATAL", "08006") },
        { "PostgreSQL too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "PostgreSQL statement timeout", new PostgresException("canceling statement due to statement timeout", "ERROR", "ERROR", "57014") },
        { "a timeout", new TimeoutException() },
        { "a grain's store", new StoreUnavailableException("The Postgres store is unavailable") },
    };

    public static TheoryData<string, Exception> RefusedStatements => new()
    {
        { "an FTS5 syntax error", new SqliteException("fts5: syntax error near \"\"", 1) },
        { "a NUL PostgreSQL cannot store", new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021") },
        { "a PostgreSQL syntax error", new PostgresException("syntax error in tsquery", "ERROR", "ERROR", "42601") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task AStoreOutageIsA503WithRetryAfter(string what, Exception failure)
    {
        var context = Context();

        var handled = await Handler(context).TryHandleAsync(context, failure, CancellationToken.None);

        Assert.True(handled, what);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
    }

    [Theory]
    [MemberData(nameof(RefusedStatements))]
    public async Task AStatementTheStoreRefusesIsNotReportedAsAnOutage(string what, Exception failure)
    {
        var context = Context();

        var handled = await Handler(context).TryHandleAsync(context, failure, CancellationToken.None);

        Assert.False(handled, $"{what} was answered {context.Response.StatusCode}");
        Assert.Empty(context.Response.Headers.RetryAfter.ToString());
    }

    private static StoreFailureHandler Handler(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<IProblemDetailsService>(), NullLogger<StoreFailureHandler>.Instance);

    private static DefaultHttpContext Context()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        return new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
    }
}
