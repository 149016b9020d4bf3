using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeIntercom.Search;

/// <summary>An invalid search query; answered as 400 parameter_invalid with this message.</summary>
public sealed class SearchQueryException(string message) : Exception(message);

/// <summary>
/// Evaluates Intercom's search query tree ({field, operator, value} leaves under {operator: AND|OR, value: [...]})
/// against one object. The caller resolves a field name to the object's values for it: one value for a plain
/// field, several for a relation such as tag_id (the comparison then holds when any value matches, and != / NIN
/// when none does). Strings compare without regard to case; numbers and numeric strings compare as numbers.
/// Unlike Intercom, timestamps are compared to the second, not truncated to the workspace's day.
/// </summary>
public static class SearchQuery
{
    private const int MaxPerGroup = 15;

    private static readonly HashSet<string> Comparisons = ["=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"];

    /// <summary>Checks the whole query once (so an error is reported even when nothing would be compared).</summary>
    public static void Validate(JsonElement query)
    {
        if (query.ValueKind != JsonValueKind.Object)
            throw new SearchQueryException("query must be an object");
        var op = Operator(query);
        if (op is "AND" or "OR")
        {
            if (!query.TryGetProperty("value", out var parts) || parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0)
                throw new SearchQueryException($"{op} needs a non-empty array of queries as its value");
            if (parts.GetArrayLength() > MaxPerGroup)
                throw new SearchQueryException($"an {op} group may hold at most {MaxPerGroup} filters");
            foreach (var part in parts.EnumerateArray())
                Validate(part);
            return;
        }
        if (!Comparisons.Contains(op))
            throw new SearchQueryException($"'{op}' is not a valid operator");
        if (!query.TryGetProperty("field", out var field) || field.ValueKind != JsonValueKind.String || field.GetString() is not { Length: > 0 })
            throw new SearchQueryException($"a '{op}' filter needs a field");
        if (!query.TryGetProperty("value", out var value))
            throw new SearchQueryException($"the filter on {field.GetString()} needs a value");
        if (op is "IN" or "NIN" && value.ValueKind != JsonValueKind.Array)
            throw new SearchQueryException($"{op} needs an array value");
        if (op is "<" or "<=" or ">" or ">=" && AsNumber(value) is null)
            throw new SearchQueryException($"{op} on {field.GetString()} needs a number or a timestamp, not {value.GetRawText()}");
    }

    public static bool Matches(JsonElement query, Func<string, IReadOnlyList<JsonNode?>> valuesOf)
    {
        var op = Operator(query);
        if (op == "AND") return query.GetProperty("value").EnumerateArray().All(part => Matches(part, valuesOf));
        if (op == "OR") return query.GetProperty("value").EnumerateArray().Any(part => Matches(part, valuesOf));

        var values = valuesOf(query.GetProperty("field").GetString()!);
        if (values.Count == 0) values = [null];
        var expected = query.GetProperty("value");
        return op switch
        {
            "=" => values.Any(v => AreEqual(v, expected)),
            "!=" => !values.Any(v => AreEqual(v, expected)),
            "IN" => values.Any(v => expected.EnumerateArray().Any(e => AreEqual(v, e))),
            "NIN" => !values.Any(v => expected.EnumerateArray().Any(e => AreEqual(v, e))),
            "<" => values.Any(v => Compare(v, expected) is < 0),
            "<=" => values.Any(v => Compare(v, expected) is <= 0),
            ">" => values.Any(v => Compare(v, expected) is > 0),
            ">=" => values.Any(v => Compare(v, expected) is >= 0),
            "~" => values.Any(v => Text(v) is { } s && s.Contains(Expected(expected), StringComparison.OrdinalIgnoreCase)),
            "!~" => !values.Any(v => Text(v) is { } s && s.Contains(Expected(expected), StringComparison.OrdinalIgnoreCase)),
            "^" => values.Any(v => Text(v) is { } s && s.StartsWith(Expected(expected), StringComparison.OrdinalIgnoreCase)),
            "$" => values.Any(v => Text(v) is { } s && s.EndsWith(Expected(expected), StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    /// <summary>A dotted field (location.city, custom_attributes.plan) read from a JSON object.</summary>
    public static JsonNode? Path(JsonNode? node, string field)
    {
        foreach (var part in field.Split('.'))
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var next) ? next : null;
        return node;
    }

    private static string Operator(JsonElement query) =>
        query.TryGetProperty("operator", out var op) && op.ValueKind == JsonValueKind.String
            ? op.GetString()!.ToUpperInvariant()
            : throw new SearchQueryException("every query needs an operator");

    private static bool AreEqual(JsonNode? actual, JsonElement expected)
    {
        if (expected.ValueKind == JsonValueKind.Null) return actual is null;
        if (actual is null) return false;
        if (AsNumber(actual) is { } a && AsNumber(expected) is { } b) return a == b;
        if (actual.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            return expected.ValueKind is JsonValueKind.True or JsonValueKind.False && actual.GetValue<bool>() == expected.GetBoolean();
        return Text(actual) is { } text && string.Equals(text, Expected(expected), StringComparison.OrdinalIgnoreCase);
    }

    private static int? Compare(JsonNode? actual, JsonElement expected) =>
        AsNumber(actual) is { } a && AsNumber(expected) is { } b ? a.CompareTo(b) : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;

    private static string Expected(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double? AsNumber(JsonNode? node) =>
        node is JsonValue value ? value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        } : null;

    private static double? AsNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
