using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Concierge.WebFront.Dashboard;

/// <summary><c>&lt;field-error for="phone" errors="Model.Errors" /&gt;</c>: the field's messages in a paragraph its input points to, or nothing.</summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string For { get; set; } = "";

    public FieldErrors Errors { get; set; } = FieldErrors.None;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = Errors.For(For);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FieldErrors.MessageId(For));
        output.Attributes.SetAttribute("class", "field-error");
        output.Content.SetContent(string.Join(" ", messages));
    }
}
