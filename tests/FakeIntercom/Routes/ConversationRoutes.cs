using System.Text.Json;
using System.Text.Json.Nodes;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.Search;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>Conversations: list (cursor paging), search, get, update, and a contact starting one (POST /conversations).</summary>
public static class ConversationRoutes
{
    private const int DefaultPerPage = 20;
    private const int MaxPerPage = 150;

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/conversations", Handler.Of(context => List(context, workspace)));
        app.MapPost("/conversations/search", Handler.Of(context => Search(context, workspace)));
        app.MapPost("/conversations", Handler.Of(context => Create(RequestJson.Parse(context), workspace)));

        app.MapGet("/conversations/{conversation_id}", Handler.Of(context =>
            WithConversation(context, workspace, (conversation, state) =>
                Results.Json(ConversationJson.Conversation(conversation, state, withParts: true, PlainText(context))))));

        app.MapPut("/conversations/{conversation_id}", Handler.Of(context => Update(context, workspace)));
    }

    /// <summary>Runs <paramref name="handle"/> under the lock with the path's conversation, or answers 404.</summary>
    public static IResult WithConversation(HttpContext context, Workspace workspace, Func<Conversation, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.Conversations.Find(context.Route("conversation_id")) is { } conversation ? handle(conversation, state) : ApiErrors.NotFound();
        }
    }

    public static bool PlainText(HttpContext context) => context.Query("display_as") == "plaintext";

    private static IResult List(HttpContext context, Workspace workspace)
    {
        if (CursorPage.FromQuery(context, "conversations", DefaultPerPage, MaxPerPage, out var paging) is { } invalid)
            return invalid;
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return Page(state.Conversations.All.Select(c => ListItem(c, state)).ToList(), paging);
        }
    }

    /// <summary>
    /// POST /conversations/search {query, pagination}: fields of the conversation list item (dotted for source.*,
    /// statistics.*, custom_attributes.*), plus tag_ids, contact_ids and teammate_ids.
    /// </summary>
    private static IResult Search(HttpContext context, Workspace workspace)
    {
        if (SearchRequest.Read(RequestJson.Parse(context), "conversations-search", DefaultPerPage, MaxPerPage, out var query, out var paging) is { } invalid)
            return invalid;
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var matches = state.Conversations.All
                .Select(c => (Conversation: c, Json: ListItem(c, state)))
                .Where(m => SearchQuery.Matches(query, field => FieldValues(field, m.Conversation, JsonSerializer.SerializeToNode(m.Json), state)))
                .Select(m => m.Json)
                .ToList();
            return Page(matches, paging);
        }
    }

    private static IReadOnlyList<JsonNode?> FieldValues(string field, Conversation conversation, JsonNode? node, WorkspaceState state) => field switch
    {
        "tag_ids" => Values(state.ConversationTags.TagsOf(conversation.Id).Keys),
        "contact_ids" => Values(conversation.ContactIds),
        "teammate_ids" => Values(conversation.TeammateIds),
        _ => [SearchQuery.Path(node, field)],
    };

    private static IReadOnlyList<JsonNode?> Values(IEnumerable<string> ids) => ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToList();

    private static Dictionary<string, object?> ListItem(Conversation conversation, WorkspaceState state) =>
        ConversationJson.Conversation(conversation, state, withParts: false);

    /// <summary>One page of a conversation list; pages.next carries the cursor of the next page while there is one.</summary>
    private static IResult Page(IReadOnlyList<Dictionary<string, object?>> all, CursorPage paging) =>
        Results.Json(ConversationJson.List(paging.Of(all), all.Count, paging.Pages(all.Count)));

    /// <summary>POST /conversations {from: {type, id}, body, subject?, attachment_urls?, created_at?} → the message (user_message).</summary>
    private static IResult Create(JsonElement body, Workspace workspace)
    {
        if (body.GetText("body") is not { Length: > 0 } text)
            return ApiErrors.ParameterInvalid("body is required");
        body.TryGet("from", out var from);
        var (type, id) = (from.GetText("type"), from.GetText("id"));
        if (type is not ("user" or "lead" or "contact") || id is null)
            return ApiErrors.ParameterInvalid("from needs a type (user, lead or contact) and an id");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindById(id) is not { } contact || (type != "contact" && type != contact.Role))
                return ApiErrors.UserNotFound();
            var at = TimeOf(body);
            var conversation = state.Conversations.Start(Author.Of(contact), text, body.GetText("subject"), UrlsOf(body), at, [contact.Id]);
            return Results.Json(new
            {
                type = "user_message",
                id = conversation.Source.Id,
                created_at = at,
                body = text,
                message_type = "inapp",
                conversation_id = conversation.Id,
            });
        }
    }

    /// <summary>PUT /conversations/{id} {read?, title?, custom_attributes?}: custom attributes merge key by key, null removes one.</summary>
    private static IResult Update(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        if (body.ValueKind != JsonValueKind.Object)
            return ApiErrors.ParameterInvalid("the body must be a JSON object");
        if (body.TryGet("read", out var read) && read.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            return ApiErrors.ParameterInvalid("read must be a boolean");
        if (body.TryGet("custom_attributes", out var attributes) && attributes.ValueKind != JsonValueKind.Object)
            return ApiErrors.ParameterInvalid("custom_attributes must be an object");
        return WithConversation(context, workspace, (conversation, state) =>
        {
            if (body.GetBool("read") is { } isRead) conversation.Read = isRead;
            if (body.TryGet("title", out var title)) conversation.Title = title.ValueKind == JsonValueKind.String ? title.GetString() : null;
            if (attributes.ValueKind == JsonValueKind.Object)
            {
                foreach (var attribute in attributes.EnumerateObject())
                {
                    if (attribute.Value.ValueKind == JsonValueKind.Null) conversation.CustomAttributes.Remove(attribute.Name);
                    else conversation.CustomAttributes[attribute.Name] = attribute.Value.Clone();
                }
            }
            conversation.UpdatedAt = Clock.NowUnix();
            return Results.Json(ConversationJson.Conversation(conversation, state, withParts: true, PlainText(context)));
        });
    }

    /// <summary>created_at of the body when given (unix seconds), else now.</summary>
    public static long TimeOf(JsonElement body) =>
        body.TryGet("created_at", out var at) && at.ValueKind == JsonValueKind.Number && at.TryGetInt64(out var seconds) ? seconds : Clock.NowUnix();

    public static IReadOnlyList<string> UrlsOf(JsonElement body) =>
        body.GetArray("attachment_urls")?.Select(u => u.GetString()).OfType<string>().ToList() ?? [];
}
