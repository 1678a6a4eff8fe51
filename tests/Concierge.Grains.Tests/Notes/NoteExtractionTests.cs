using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes.Offline;

namespace Concierge.Grains.Tests.Notes;

public sealed class NoteExtractionTests
{
    [Fact]
    public void JobNoteGivesTitleAddressCustomerDeadlineAndMaterials()
    {
        var reading = OfflineNoteReader.Read("Need to replace the boiler valve at 12 Rue Lepic for Mrs Martin, bring a 22mm valve and PTFE tape, by Friday.");

        Assert.Equal(NoteIntents.Job, reading.Intent);
        Assert.Equal("en", reading.Language);
        Assert.Equal("Need to replace the boiler valve at 12 Rue Lepic for Mrs Martin", reading.Summary.Title);
        Assert.Equal("Mrs Martin", reading.Summary.Customer);
        Assert.Equal("by Friday", reading.Summary.DueDate);
        Assert.Equal(["a 22mm valve", "PTFE tape"], reading.Summary.Materials);
    }

    [Fact]
    public void FrenchJobNoteGivesTheStreetAddressAndCustomer()
    {
        var reading = OfflineNoteReader.Read("Remplacer la vanne de la chaudière au 12 rue Lepic chez Mme Martin, prévoir une vanne de 22 et du téflon, avant vendredi.");

        Assert.Equal(NoteIntents.Job, reading.Intent);
        Assert.Equal("fr", reading.Language);
        Assert.Equal("12 rue Lepic", reading.Summary.Location);
        Assert.Equal("Mme Martin", reading.Summary.Customer);
        Assert.Equal("avant vendredi", reading.Summary.DueDate);
        Assert.Equal(["une vanne de 22", "du téflon"], reading.Summary.Materials);
    }

    [Fact]
    public void KnowledgeNoteGivesTopicAndKeyPointsWithoutItsMarker()
    {
        var reading = OfflineNoteReader.Read("Tip: when bleeding radiators on a sealed system always top the pressure back up to 1.2 bar afterwards. Check for leaks at the valve.");

        Assert.Equal(NoteIntents.Knowledge, reading.Intent);
        Assert.Equal("radiators", reading.Summary.Topic);
        Assert.StartsWith("when bleeding radiators", reading.Summary.Title, StringComparison.Ordinal);
        Assert.Equal(2, reading.Summary.KeyPoints!.Count);
    }
}
