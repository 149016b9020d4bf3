using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>News items (GET list and one, POST, PUT, DELETE), newsfeeds (GET list and one) and a newsfeed's live items.</summary>
public static class NewsRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/news/news_items", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return ContentPages.Single(workspace.Current.News.Items.OrderByDescending(i => i.CreatedAt).Select(ContentJson.NewsItem).ToList());
        }));

        app.MapGet("/news/news_items/{news_item_id}", Handler.Of(context =>
            WithItem(context, workspace, (item, _) => Results.Json(ContentJson.NewsItem(item)))));

        app.MapPost("/news/news_items", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                if (Problem(body, state) is { } problem)
                    return problem;
                var item = state.News.Add(body.GetText("title")!, body.GetProperty("sender_id").GetInt64(), Clock.NowUnix());
                return Save(item, body);
            }
        }));

        app.MapPut("/news/news_items/{news_item_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            return WithItem(context, workspace, (item, state) => Problem(body, state) ?? Save(item, body));
        }));

        app.MapDelete("/news/news_items/{news_item_id}", Handler.Of(context =>
            WithItem(context, workspace, (item, state) =>
            {
                state.News.Items.Remove(item);
                return Results.Json(ContentJson.Deleted(item.Id, "news-item"));
            })));

        app.MapGet("/news/newsfeeds", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return ContentPages.Single(workspace.Current.News.Newsfeeds.Select(ContentJson.Newsfeed).ToList());
        }));

        app.MapGet("/news/newsfeeds/{newsfeed_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
                return workspace.Current.News.FindNewsfeed(context.Route("newsfeed_id")) is { } newsfeed
                    ? Results.Json(ContentJson.Newsfeed(newsfeed))
                    : ApiErrors.NotFound("Newsfeed Not Found");
        }));

        app.MapGet("/news/newsfeeds/{newsfeed_id}/items", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var news = workspace.Current.News;
                if (news.FindNewsfeed(context.Route("newsfeed_id")) is not { } newsfeed)
                    return ApiErrors.NotFound("Newsfeed Not Found");
                var live = news.Items.Where(i => i.State == "live" && i.Assignments.Any(a => a.NewsfeedId.ToString() == newsfeed.Id));
                return ContentPages.Single(live.OrderByDescending(i => i.CreatedAt).Select(ContentJson.NewsItem).ToList());
            }
        }));
    }

    private static IResult WithItem(HttpContext context, Workspace workspace, Func<NewsItemRecord, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.News.FindItem(context.Route("news_item_id")) is { } item ? handle(item, state) : ApiErrors.NotFound("News Item Not Found");
        }
    }

    /// <summary>
    /// news_item_request, for create and update alike: title and sender_id (an admin) required, state draft or live,
    /// newsfeed_assignments naming newsfeeds with a publish date that is not in the future.
    /// </summary>
    private static IResult? Problem(JsonElement body, WorkspaceState state)
    {
        if (body.GetText("title") is not { Length: > 0 })
            return ApiErrors.Result(400, "parameter_not_found", "title is a required parameter.");
        if (!body.TryGet("sender_id", out var sender) || sender.ValueKind != JsonValueKind.Number)
            return ApiErrors.Result(400, "parameter_not_found", "sender_id is a required parameter and must be an integer.");
        if (state.Admins.Find(sender.GetRawText()) is null)
            return ApiErrors.ParameterInvalid("sender_id must be the id of a teammate");
        if (body.TryGet("state", out _) && body.GetText("state") is not ("draft" or "live"))
            return ApiErrors.ParameterInvalid("state must be draft or live");
        foreach (var assignment in body.GetArray("newsfeed_assignments") ?? [])
        {
            var newsfeedId = assignment.GetText("newsfeed_id");
            if (newsfeedId is null || state.News.FindNewsfeed(newsfeedId) is null)
                return ApiErrors.ParameterInvalid($"newsfeed_id {newsfeedId} is not a newsfeed");
            if (!assignment.TryGet("published_at", out var published) || published.ValueKind != JsonValueKind.Number || published.GetInt64() > Clock.NowUnix())
                return ApiErrors.ParameterInvalid("published_at must be a unix timestamp that is not in the future");
        }
        return null;
    }

    private static IResult Save(NewsItemRecord item, JsonElement body)
    {
        item.Title = body.GetText("title")!;
        item.SenderId = body.GetProperty("sender_id").GetInt64();
        if (body.GetText("body") is { } html) item.Body = html;
        if (body.GetText("state") is { } state) item.State = state;
        if (body.GetBool("deliver_silently") is { } silently) item.DeliverSilently = silently;
        if (body.GetArray("labels") is { } labels) item.Labels = labels.Select(l => l.GetString() ?? "").ToList();
        if (body.GetArray("reactions") is { } reactions) item.Reactions = reactions.Select(r => r.ValueKind == JsonValueKind.String ? r.GetString() : null).ToList();
        if (body.GetArray("newsfeed_assignments") is { } assignments)
            item.Assignments = assignments.Select(a => new NewsfeedAssignmentRecord(long.Parse(a.GetText("newsfeed_id")!), a.GetProperty("published_at").GetInt64())).ToList();
        item.UpdatedAt = Clock.NowUnix();
        return Results.Json(ContentJson.NewsItem(item));
    }
}
