using System.Text.Json;

namespace FakeIntercom.Http;

/// <summary>The request body, read once by <see cref="ApiPipeline"/> and parsed on demand by handlers.</summary>
public static class RequestJson
{
    private const string BodyKey = "FakeIntercom.Body";

    public static void StoreBody(HttpContext context, string? body) => context.Items[BodyKey] = body;

    public static string? RawBody(HttpContext context) => context.Items[BodyKey] as string;

    /// <summary>The body as a JSON element; an Undefined element when the body is empty or not JSON.</summary>
    public static JsonElement Parse(HttpContext context)
    {
        var body = RawBody(context);
        if (string.IsNullOrWhiteSpace(body))
            return default;
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static bool TryGet(this JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value);
    }

    /// <summary>A string property, accepting numbers too (Intercom's own examples send ids as numbers).</summary>
    public static string? GetText(this JsonElement element, string name) =>
        element.TryGet(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static bool? GetBool(this JsonElement element, string name) =>
        element.TryGet(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    public static JsonElement[]? GetArray(this JsonElement element, string name) =>
        element.TryGet(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToArray()
            : null;
}
