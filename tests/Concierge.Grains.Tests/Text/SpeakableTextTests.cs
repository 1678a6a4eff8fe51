using System.Xml;
using Concierge.Grains.Interfaces.Text;

namespace Concierge.Grains.Tests.Text;

public sealed class SpeakableTextTests
{
    [Theory]
    [InlineData("Hi, this is Sam\u0001son.", "Hi, this is Samson.")]
    [InlineData("Mum\vHome", "Mum Home")]
    [InlineData("line\r\nbreak\ttab\fform\u0085next", "line  break tab form next")]
    [InlineData("\0\u0007\u001b\u007f\u009f", "")]
    [InlineData("nonchar\uFFFE\uFFFF", "nonchar")]
    public void WhatCannotBeSaidIsDroppedOrBecomesASpace(string text, string said)
    {
        Assert.Equal(said, SpeakableText.Clean(text));
    }

    [Fact]
    public void HalfASurrogatePairIsDroppedAndAWholePairKept()
    {
        // Built in code: a lone surrogate in an attribute's string does not survive compilation.
        var text = $"lone {(char)0xD800} high, lone {(char)0xDC00} low, {(char)0xD83D}{(char)0xDE00} whole";

        Assert.Equal("lone  high, lone  low, \U0001F600 whole", SpeakableText.Clean(text));
        Assert.Equal(5, SpeakableText.IndexOfUnspeakable(text));
    }

    [Theory]
    [InlineData("Bonjour, c'est Zoë 😀👨‍👩‍👧 日本語")]
    [InlineData("e\u0301\u202E\uFEFF\u200B")]
    [InlineData("")]
    public void TextThatCanBeSaidIsReturnedAsItIs(string text)
    {
        Assert.Same(text, SpeakableText.Clean(text));
        Assert.Equal(-1, SpeakableText.IndexOfUnspeakable(text));
    }

    [Fact]
    public void LineBreaksAndTabsAreAllowedOnlyWhereSeveralLinesAre()
    {
        Assert.Equal(5, SpeakableText.IndexOfUnspeakable("Line1\r\nLine2\tend"));
        Assert.Equal(-1, SpeakableText.IndexOfUnspeakable("Line1\r\nLine2\tend", allowLineBreaks: true));
        Assert.Equal(5, SpeakableText.IndexOfUnspeakable("Line1\vLine2", allowLineBreaks: true));
    }

    [Fact]
    public void EveryCleanedTextIsValidXml()
    {
        var everyCharacter = new string([.. Enumerable.Range(0, 0x10000).Select(c => (char)c)]);

        var clean = SpeakableText.Clean(everyCharacter);

        XmlConvert.VerifyXmlChars(clean); // throws on the first character XML 1.0 cannot hold
        Assert.Equal(-1, SpeakableText.IndexOfUnspeakable(clean));
    }
}
