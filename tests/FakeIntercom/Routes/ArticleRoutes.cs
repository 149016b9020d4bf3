using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /articles (page numbered, most recently updated first), GET, POST, PUT and DELETE /articles/{id}.</summary>
public static class ArticleRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/articles", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var articles = workspace.Current.HelpCenter.Articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => int.Parse(a.Id));
                return ContentPages.Numbered(context, articles.Select(a => ContentJson.Article(a, withStatistics: false)).ToList());
            }
        }));

        app.MapGet("/articles/{article_id}", Handler.Of(context =>
            WithArticle(context, workspace, (article, _) => Results.Json(ContentJson.Article(article, withStatistics: true)))));

        app.MapPost("/articles", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (body.GetText("title") is not { Length: > 0 } title)
                return ApiErrors.Result(400, "parameter_not_found", "title is a required parameter.");
            if (!body.TryGet("author_id", out var author) || author.ValueKind != JsonValueKind.Number)
                return ApiErrors.Result(400, "parameter_not_found", "author_id must be in the main body or default locale translated_content object");
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                if (Problem(body, state, JsonValueKind.Number) is { } problem)
                    return ApiErrors.ParameterInvalid(problem);
                var article = state.HelpCenter.AddArticle(title, author.GetInt64(), Clock.NowUnix());
                return Save(article, body, state.HelpCenter);
            }
        }));

        app.MapPut("/articles/{article_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            return WithArticle(context, workspace, (article, state) =>
                Problem(body, state, JsonValueKind.String) is { } problem ? ApiErrors.ParameterInvalid(problem) : Save(article, body, state.HelpCenter));
        }));

        app.MapDelete("/articles/{article_id}", Handler.Of(context =>
            WithArticle(context, workspace, (article, state) =>
            {
                state.HelpCenter.Articles.Remove(article);
                return Results.Json(ContentJson.Deleted(article.Id, "article"));
            })));

        ArticleSearchRoute.Map(app, workspace);
    }

    private static IResult WithArticle(HttpContext context, Workspace workspace, Func<ArticleRecord, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.HelpCenter.FindArticle(context.Route("article_id")) is { } article ? handle(article, state) : ApiErrors.NotFound("Article Not Found");
        }
    }

    /// <summary>
    /// Why Intercom would refuse the body, or null: author_id an admin, state published or draft, parent_id naming a
    /// collection (an integer on create, a string on update), translated_content with its type markers.
    /// </summary>
    private static string? Problem(JsonElement body, WorkspaceState state, JsonValueKind parentIdKind)
    {
        if (body.TryGet("author_id", out var author) && (author.ValueKind != JsonValueKind.Number || state.Admins.Find(author.GetRawText()) is null))
            return "author_id must be the id of an admin";
        if (body.TryGet("state", out _) && body.GetText("state") is not ("published" or "draft"))
            return "state must be published or draft";
        if (body.TryGet("parent_id", out var parent))
        {
            if (parent.ValueKind != parentIdKind)
                return $"parent_id must be a {(parentIdKind == JsonValueKind.Number ? "number" : "string")}";
            if (state.HelpCenter.FindCollection(parent.ValueKind == JsonValueKind.String ? parent.GetString() : parent.GetRawText()) is null)
                return $"parent_id {parent} is not a collection or section";
        }
        if (body.TryGet("parent_type", out _) && body.GetText("parent_type") is not ("collection" or "section"))
            return "parent_type must be collection or section";
        return body.TryGet("translated_content", out var translated) ? Translations.Problem(translated, "article") : null;
    }

    private static IResult Save(ArticleRecord article, JsonElement body, HelpCenterLibrary library)
    {
        if (body.GetText("title") is { Length: > 0 } title) article.Title = title;
        if (body.GetText("description") is { } description) article.Description = description;
        if (body.GetText("body") is { } html) article.Body = html.TrimStart().StartsWith('<') ? html : $"<p>{System.Net.WebUtility.HtmlEncode(html)}</p>";
        if (body.TryGet("author_id", out var author)) article.AuthorId = author.GetInt64();
        if (body.GetText("state") is { } articleState) article.State = articleState;
        if (body.GetText("parent_id") is { } parentId)
        {
            var parent = library.FindCollection(parentId)!;
            article.ParentId = long.Parse(parentId);
            article.ParentType = body.GetText("parent_type") ?? (parent.ParentId is null ? "collection" : "section");
        }
        if (body.TryGet("translated_content", out var translated)) article.Translations.Merge(translated);
        article.UpdatedAt = Clock.NowUnix();
        return Results.Json(ContentJson.Article(article, withStatistics: true));
    }
}
