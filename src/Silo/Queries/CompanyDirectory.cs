using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Storage;
using Dapper;

namespace Concierge.Silo.Queries;

/// <summary>Which company answers a called number: the one that claimed it, else the default company.</summary>
public sealed class CompanyDirectory(SqlGrainStorage storage)
{
    public async Task<string> CompanyForNumberAsync(string calledNumber, CancellationToken cancellationToken = default)
    {
        await storage.EnsureSchemaAsync(cancellationToken);
        await using var connection = await storage.Dialect.OpenAsync(cancellationToken);
        var companyId = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT company_id FROM company_numbers WHERE number = @Number", new { Number = calledNumber }, cancellationToken: cancellationToken));
        return companyId ?? CompanyIds.Default;
    }
}
