using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    public sealed class AdminsApi : ApiResource
    {
        public AdminsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>identifyAdmin: GET /me.</summary>
        public Task<AdminWithApp> MeAsync(IRequestObserver observer, CancellationToken ct) =>
            SendAsync<AdminWithApp>(Get("me"), observer, ct);

        /// <summary>listAdmins: GET /admins.</summary>
        public Pager<Admin> List() => Page<Admin>(new PagedRequest(HttpMethod.Get, "admins", PagingStyle.None, "admins"));

        /// <summary>retrieveAdmin: GET /admins/{id}.</summary>
        public Task<Admin> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Admin>(Get(PathOf("admins/{0}", id)), observer, ct);

        /// <summary>setAwayAdmin: PUT /admins/{id}/away. The body needs both fields.</summary>
        public Task<Admin> SetAwayAsync(string id, bool awayModeEnabled, bool awayModeReassign, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Admin>(Put(PathOf("admins/{0}/away", id), new Dictionary<string, object>
            {
                ["away_mode_enabled"] = awayModeEnabled,
                ["away_mode_reassign"] = awayModeReassign,
            }), observer, ct);

        /// <summary>listActivityLogs: GET /admins/activity_logs (created_at_after is required).</summary>
        public Pager<ActivityLog> ActivityLogs(DateTimeOffset createdAfter, DateTimeOffset? createdBefore) =>
            Page<ActivityLog>(new PagedRequest(HttpMethod.Get, "admins/activity_logs", PagingStyle.PagesResponseOnly, "activity_logs")
                .WithQuery("created_at_after", createdAfter.ToUnixTimeSeconds())
                .WithQuery("created_at_before", createdBefore?.ToUnixTimeSeconds()));
    }
}
