using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    public sealed class SegmentsApi : ApiResource
    {
        public SegmentsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listSegments: GET /segments; include_count=true adds each segment's count.</summary>
        public Pager<Segment> List(bool includeCount) =>
            Page<Segment>(new PagedRequest(HttpMethod.Get, "segments", PagingStyle.PagesResponseOnly, "segments")
                .WithQuery("include_count", includeCount ? "true" : null));

        /// <summary>retrieveSegment: GET /segments/{id}.</summary>
        public Task<Segment> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Segment>(Get(PathOf("segments/{0}", id)), observer, ct);
    }
}
