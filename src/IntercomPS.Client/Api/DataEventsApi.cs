using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Data events: submit one, list a contact's events or their summary, and submit event summaries.</summary>
    public sealed class DataEventsApi : ApiResource
    {
        public DataEventsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>createDataEvent: POST /events. Intercom answers 202 with no body, duplicates included.</summary>
        public Task SubmitAsync(string eventName, System.DateTimeOffset createdAt, EventUser user, IDictionary<string, object> metadata, IRequestObserver observer, CancellationToken ct)
        {
            var body = new Dictionary<string, object> { ["event_name"] = eventName, ["created_at"] = createdAt.ToUnixTimeSeconds() };
            body[user.BodyField] = user.Value;
            if (metadata != null) body["metadata"] = metadata;
            return SendAsync(Post("events", body), observer, ct);
        }

        /// <summary>
        /// lisDataEvents: GET /events?type=user&amp;{intercom_user_id|user_id|email}=… (the `filter` query object, flattened
        /// as OpenAPI's form style does). Events younger than 90 days, newest first; pages.next is a full URL.
        /// </summary>
        public Pager<DataEvent> List(EventUser user, int? pageSize) =>
            Page<DataEvent>(new PagedRequest(HttpMethod.Get, "events", PagingStyle.NextUrl, "events") { PageSize = pageSize }
                .WithQuery("type", "user")
                .WithQuery(user.QueryParameter, user.Value));

        /// <summary>lisDataEvents with summary=true: one entry per event name, each stamped with the contact's ids.</summary>
        public async Task<IReadOnlyList<DataEventSummary>> SummarizeAsync(EventUser user, IRequestObserver observer, CancellationToken ct)
        {
            var request = Get("events").WithQuery("type", "user").WithQuery(user.QueryParameter, user.Value).WithQuery("summary", "true");
            var answer = await SendAsync<SummaryAnswer>(request, observer, ct).ConfigureAwait(false);
            var summaries = answer?.Events ?? new List<DataEventSummary>();
            foreach (var summary in summaries)
            {
                summary.IntercomUserId = answer.IntercomUserId;
                summary.UserId = answer.UserId;
                summary.Email = answer.Email;
            }
            return summaries;
        }

        /// <summary>
        /// dataEventSummaries: POST /events/summaries (200, no body). The schema types event_summaries as one object,
        /// although its description speaks of a list, so each summary is one request.
        /// </summary>
        public Task SubmitSummaryAsync(string userId, string eventName, long? count, System.DateTimeOffset? first, System.DateTimeOffset? last, IRequestObserver observer, CancellationToken ct)
        {
            var summary = new Dictionary<string, object> { ["event_name"] = eventName };
            if (count != null) summary["count"] = count;
            if (first != null) summary["first"] = first.Value.ToUnixTimeSeconds();
            if (last != null) summary["last"] = last.Value.ToUnixTimeSeconds();
            return SendAsync(Post("events/summaries", new Dictionary<string, object> { ["user_id"] = userId, ["event_summaries"] = summary }), observer, ct);
        }

        /// <summary>Intercom keeps the first 10 metadata keys of an event and ignores the rest.</summary>
        public const int MaximumMetadataKeys = 10;

        /// <summary>
        /// Why Intercom would refuse this metadata, or null. Values are flat (text, numbers, links), except rich links
        /// {url, value} and amounts {amount, currency}: objects of flat values, one level deep.
        /// </summary>
        public static string MetadataProblem(IDictionary<string, object> metadata)
        {
            foreach (var entry in metadata)
            {
                if (IsFlat(entry.Value)) continue;
                if (entry.Value is IDictionary<string, object> inner && inner.Values.All(IsFlat)) continue;
                return $"the value of '{entry.Key}' is nested; Intercom takes flat values, or {{url, value}} and {{amount, currency}} objects of flat values";
            }
            return null;
        }

        private static bool IsFlat(object value) => !(value is System.Collections.IEnumerable) || value is string;

        private sealed class SummaryAnswer : IntercomObject
        {
            public string Email { get; set; }
            public string IntercomUserId { get; set; }
            public string UserId { get; set; }
            public List<DataEventSummary> Events { get; set; }
        }
    }

    /// <summary>The contact an event belongs to, named by one of its ids (the API's anyOf / oneOf).</summary>
    public sealed class EventUser
    {
        private readonly string _display;

        private EventUser(string bodyField, string queryParameter, string value, string display)
        {
            BodyField = bodyField;
            QueryParameter = queryParameter;
            Value = value;
            _display = display;
        }

        /// <summary>The field that names the contact in POST /events.</summary>
        public string BodyField { get; }
        /// <summary>The query parameter that names the contact in GET /events.</summary>
        public string QueryParameter { get; }
        public string Value { get; }

        /// <summary>By Intercom's id of the contact: `id` when sending, `intercom_user_id` when listing.</summary>
        public static EventUser ByIntercomId(string id) => new EventUser("id", "intercom_user_id", id, $"contact {id}");
        /// <summary>By your user id (the contact's external_id).</summary>
        public static EventUser ByUserId(string userId) => new EventUser("user_id", "user_id", userId, $"user_id {userId}");
        public static EventUser ByEmail(string email) => new EventUser("email", "email", email, $"email {email}");

        /// <summary>The first id that is not blank, in the order Intercom id, user id, email; null when all are blank.</summary>
        public static EventUser FirstOf(string id, string userId, string email) =>
            !string.IsNullOrWhiteSpace(id) ? ByIntercomId(id)
            : !string.IsNullOrWhiteSpace(userId) ? ByUserId(userId)
            : !string.IsNullOrWhiteSpace(email) ? ByEmail(email)
            : null;

        public override string ToString() => _display;
    }
}
