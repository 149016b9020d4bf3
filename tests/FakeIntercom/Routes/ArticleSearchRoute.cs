using System.Text.RegularExpressions;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// GET /articles/search?phrase=&amp;state=&amp;help_center_id=&amp;highlight=: the articles whose title, description or
/// body contain the phrase (without regard to case), in any state unless asked. Like Intercom, it answers one page of
/// 10 (data.articles, and data.highlights when asked), with total_count of all matches and a pages.next URL whose page
/// it ignores.
/// </summary>
public static class ArticleSearchRoute
{
    private const int PerPage = 10;

    public static void Map(IEndpointRouteBuilder app, Workspace workspace) =>
        app.MapGet("/articles/search", Handler.Of(context =>
        {
            var phrase = context.Query("phrase") ?? "";
            var state = context.Query("state") ?? "all";
            if (state is not ("published" or "draft" or "all"))
                return ApiErrors.ParameterInvalid("state must be published, draft or all");
            if (context.Query("help_center_id") is { } text && !long.TryParse(text, out _))
                return ApiErrors.ParameterInvalid("help_center_id must be an integer");
            lock (workspace.Sync)
            {
                var library = workspace.Current.HelpCenter;
                var helpCenterId = context.Query("help_center_id") is { } id ? long.Parse(id) : (long?)null;
                var matches = library.Articles
                    .Where(a => state == "all" || a.State == state)
                    .Where(a => helpCenterId is null || library.HelpCenterOf(a) == helpCenterId)
                    .Where(a => Contains(a.Title, phrase) || Contains(a.Description, phrase) || Contains(a.Body, phrase))
                    .OrderBy(a => int.Parse(a.Id)).ToList();
                var page = matches.Take(PerPage).ToList();
                var totalPages = Math.Max(1, (matches.Count + PerPage - 1) / PerPage);
                return Results.Json(new
                {
                    type = "list",
                    total_count = matches.Count,
                    data = new
                    {
                        articles = page.Select(a => ContentJson.Article(a, withStatistics: false)).ToArray(),
                        highlights = context.Query("highlight") == "true" ? page.Select(a => Highlight(a, phrase)).ToArray() : [],
                    },
                    pages = new
                    {
                        type = "pages",
                        next = totalPages > 1 ? PageLinks.NextPageUrl(context.Request, 2) : null,
                        page = 1,
                        per_page = PerPage,
                        total_pages = totalPages,
                    },
                });
            }
        }));

    private static bool Contains(string text, string phrase) => text.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    private static object Highlight(ArticleRecord article, string phrase) => new
    {
        type = "article_search_highlights",
        article_id = article.Id,
        highlighted_title = Runs(article.Title, phrase),
        highlighted_summary = new[] { Runs(Regex.Replace(article.Body, "<[^>]+>", ""), phrase) },
    };

    /// <summary>The text as runs of plain text and highlighted matches.</summary>
    private static object[] Runs(string text, string phrase)
    {
        if (phrase.Length == 0) return [new { type = "plain", text }];
        var parts = Regex.Split(text, $"({Regex.Escape(phrase)})", RegexOptions.IgnoreCase);
        return parts.Where(p => p.Length > 0).Select(p => (object)new { type = p.Equals(phrase, StringComparison.OrdinalIgnoreCase) ? "highlight" : "plain", text = p }).ToArray();
    }
}
