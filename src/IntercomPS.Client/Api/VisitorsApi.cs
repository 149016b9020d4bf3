using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>Visitors: look one up by user_id, update one, convert one into a user or lead. No list, no delete.</summary>
    public sealed class VisitorsApi : ApiResource
    {
        public VisitorsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>retrieveVisitorWithUserId: GET /visitors?user_id= (2.11 has no look-up by Intercom id).</summary>
        public Task<Visitor> GetAsync(string userId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Visitor>(Get("visitors").WithQuery("user_id", userId), observer, ct);

        /// <summary>updateVisitor: PUT /visitors; the body names the visitor by id or user_id, next to the changes.</summary>
        public Task<Visitor> UpdateAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Visitor>(Put("visitors", body), observer, ct);

        /// <summary>
        /// convertVisitor: POST /visitors/convert. The visitor (by id, user_id or email) becomes a contact of role
        /// <paramref name="type"/>; when the user named by <paramref name="user"/> exists, the visitor is merged into it and deleted.
        /// </summary>
        public Task<Contact> ConvertAsync(string type, IDictionary<string, object> visitor, IDictionary<string, object> user, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Contact>(Post("visitors/convert", new Dictionary<string, object> { ["type"] = type, ["visitor"] = visitor, ["user"] = user }), observer, ct);
    }
}
