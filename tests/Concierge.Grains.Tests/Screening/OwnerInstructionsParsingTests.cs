using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Tests.Screening;

public sealed class OwnerInstructionsParsingTests
{
    [Fact]
    public void ListsAreReadFromTheirOwnLines()
    {
        var instructions = OwnerInstructions.Parse("Always put through: school, Dr. Patel and the plumber\nNever put through: surveys; recruiters");

        Assert.Equal(["school", "dr patel", "plumber"], instructions.AlwaysPutThrough.Select(keyword => keyword.Text));
        Assert.Equal(["surveys", "recruiters"], instructions.NeverPutThrough.Select(keyword => keyword.Text));
    }

    [Fact]
    public void TwoListsOnOneLineAreBothRead()
    {
        var instructions = OwnerInstructions.Parse("Always put through school. Never put through surveys or polls.");

        Assert.Equal(["school"], instructions.AlwaysPutThrough.Select(keyword => keyword.Text));
        Assert.Equal(["surveys", "polls"], instructions.NeverPutThrough.Select(keyword => keyword.Text));
    }

    [Fact]
    public void NegativeMarkerIsNotReadAsThePositiveOneInsideIt()
    {
        var instructions = OwnerInstructions.Parse("Don't put through: landlord");

        Assert.Empty(instructions.AlwaysPutThrough);
        Assert.Equal(["landlord"], instructions.NeverPutThrough.Select(keyword => keyword.Text));
    }

    [Fact]
    public void TextWithoutAListMarkerGivesNoKeywords()
    {
        var instructions = OwnerInstructions.Parse("Be polite.\nI'm usually busy in the mornings, school runs, meetings.");

        Assert.Same(OwnerInstructions.None, instructions);
    }
}
