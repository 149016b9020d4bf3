namespace FakeIntercom.Http;

/// <summary>Small helpers so route handlers stay one-liners over plain <see cref="RequestDelegate"/>s.</summary>
public static class Handler
{
    /// <summary>Wraps a synchronous handler; plain request delegates keep start-up fast (no handler code generation).</summary>
    public static RequestDelegate Of(Func<HttpContext, IResult> handler) =>
        context => handler(context).ExecuteAsync(context);

    public static string Route(this HttpContext context, string name) =>
        context.Request.RouteValues[name] as string ?? string.Empty;

    public static string? Query(this HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Reads an optional positive integer query parameter; false when present but not a positive integer.</summary>
    public static bool TryQueryInt(this HttpContext context, string name, int fallback, out int value)
    {
        var text = context.Query(name);
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, out value) && value > 0;
    }
}
