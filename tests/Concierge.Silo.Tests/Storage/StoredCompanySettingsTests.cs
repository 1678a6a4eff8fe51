using System.Text.Json;
using Concierge.Grains.Companies;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Tests.Storage;

/// <summary>A company's state written before a setting existed still reads, with the setting's default.</summary>
public sealed class StoredCompanySettingsTests
{
    [Fact]
    public void SettingsStoredWithoutTimeZoneAndVoiceModeReadAsUtcAndGather()
    {
        const string storedBeforeTheseSettings = """
            {"settings":{"name":"Alex","ownerName":"Alex","ownerPhone":"+14155550100","twilioNumbers":[],"greeting":null,
            "languages":["en-US"],"screeningInstructions":"","defaultRegion":"US","whisper":true,"ringSeconds":20},"exceptions":{},"apiKeys":{}}
            """;

        var settings = JsonSerializer.Deserialize<CompanyState>(storedBeforeTheseSettings, SqlGrainStorage.StateJson)!.Settings!;

        Assert.Equal(("+14155550100", "UTC", "gather"), (settings.OwnerPhone, settings.TimeZone, settings.VoiceMode));
    }
}
