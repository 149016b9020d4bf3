using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /subscription_types and a contact's subscriptions (list, add, remove).</summary>
public static class SubscriptionRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/subscription_types", Handler.Of(_ =>
            Results.Json(new { type = "list", data = Subscriptions.Types.Select(SubscriptionJson.SubscriptionType).ToArray() })));

        app.MapGet("/contacts/{contact_id}/subscriptions", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                var contactId = context.Route("contact_id");
                if (state.Contacts.FindById(contactId) is null)
                    return ApiErrors.UserNotFound();
                var data = state.Subscriptions.TypeIdsOf(contactId)
                    .Select(Subscriptions.FindType).OfType<SubscriptionType>()
                    .Select(SubscriptionJson.SubscriptionType).ToArray();
                return Results.Json(new { type = "list", data });
            }
        }));

        app.MapPost("/contacts/{contact_id}/subscriptions", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            var typeId = body.GetText("id");
            var consentType = body.GetText("consent_type");
            if (typeId is null || consentType is not ("opt_in" or "opt_out"))
                return ApiErrors.ParameterInvalid("id and consent_type (opt_in or opt_out) are required");
            return Change(context.Route("contact_id"), typeId, workspace, attach: true);
        }));

        app.MapDelete("/contacts/{contact_id}/subscriptions/{subscription_id}", Handler.Of(context =>
            Change(context.Route("contact_id"), context.Route("subscription_id"), workspace, attach: false)));
    }

    private static IResult Change(string contactId, string typeId, Workspace workspace, bool attach)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindById(contactId) is null)
                return ApiErrors.UserNotFound();
            if (Subscriptions.FindType(typeId) is not { } type)
                return ApiErrors.NotFound();

            if (attach)
                state.Subscriptions.Attach(contactId, typeId);
            else
                state.Subscriptions.Detach(contactId, typeId);
            return Results.Json(SubscriptionJson.SubscriptionType(type));
        }
    }
}
