using System.Text.Json;
using FakeIntercom.Http;

namespace FakeIntercom.State;

/// <summary>
/// translated_content of articles (kind "article") and collections (kind "group"): per locale, the fields sent. A
/// request must mark the object {type: "{kind}_translated_content"} and each locale {type: "{kind}_content"}, as the
/// API description requires; an update merges field by field.
/// </summary>
public sealed class Translations
{
    private readonly Dictionary<string, Dictionary<string, JsonElement>> _locales = [];

    public bool IsEmpty => _locales.Count == 0;

    /// <summary>Why Intercom would refuse this translated_content, or null.</summary>
    public static string? Problem(JsonElement value, string kind)
    {
        if (value.ValueKind != JsonValueKind.Object || value.GetText("type") != $"{kind}_translated_content")
            return $"translated_content must be an object of type {kind}_translated_content";
        foreach (var locale in value.EnumerateObject().Where(p => p.Name != "type"))
        {
            if (locale.Value.ValueKind != JsonValueKind.Object || locale.Value.GetText("type") != $"{kind}_content")
                return $"translated_content.{locale.Name} must be an object of type {kind}_content";
        }
        return null;
    }

    public void Merge(JsonElement value)
    {
        foreach (var locale in value.EnumerateObject().Where(p => p.Name != "type"))
        {
            if (!_locales.TryGetValue(locale.Name, out var fields))
                _locales[locale.Name] = fields = [];
            foreach (var field in locale.Value.EnumerateObject().Where(f => f.Name != "type"))
                fields[field.Name] = field.Value.Clone();
        }
    }

    /// <summary>As Intercom answers: null without translations.</summary>
    public Dictionary<string, object>? ToJson(string kind)
    {
        if (IsEmpty) return null;
        var json = new Dictionary<string, object> { ["type"] = $"{kind}_translated_content" };
        foreach (var (locale, fields) in _locales)
        {
            var content = new Dictionary<string, object> { ["type"] = $"{kind}_content" };
            foreach (var (name, value) in fields) content[name] = value;
            json[locale] = content;
        }
        return json;
    }
}
