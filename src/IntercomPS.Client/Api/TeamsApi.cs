using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    public sealed class TeamsApi : ApiResource
    {
        public TeamsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listTeams: GET /teams, every team in one answer under "teams".</summary>
        public Pager<Team> List() => Page<Team>(new PagedRequest(HttpMethod.Get, "teams", PagingStyle.None, "teams"));

        /// <summary>retrieveTeam: GET /teams/{id}.</summary>
        public Task<Team> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Team>(Get(PathOf("teams/{0}", id)), observer, ct);
    }
}
