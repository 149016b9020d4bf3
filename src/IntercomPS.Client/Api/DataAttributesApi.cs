using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Data attributes: list, create, update (archiving is an update). There is no get-by-id and no delete.</summary>
    public sealed class DataAttributesApi : ApiResource
    {
        public DataAttributesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listDataAttributes: GET /data_attributes, one answer with every attribute (of a model).</summary>
        public Pager<DataAttribute> List(string model, bool includeArchived) =>
            Page<DataAttribute>(new PagedRequest(HttpMethod.Get, "data_attributes", PagingStyle.None)
                .WithQuery("model", model)
                .WithQuery("include_archived", includeArchived ? "true" : null));

        /// <summary>createDataAttribute: POST /data_attributes (name, model and data_type are required).</summary>
        public Task<DataAttribute> CreateAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DataAttribute>(Post("data_attributes", body), observer, ct);

        /// <summary>updateDataAttribute: PUT /data_attributes/{id}; only the fields in the body change.</summary>
        public Task<DataAttribute> UpdateAsync(string id, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DataAttribute>(Put(PathOf("data_attributes/{0}", id), body), observer, ct);

        /// <summary>
        /// List options go out as [{value}], as the descriptions of both requests and the update schema say (the create
        /// schema types them as plain strings, which the API's own create example contradicts).
        /// </summary>
        public static List<Dictionary<string, object>> OptionsBody(IEnumerable<string> options)
        {
            var list = new List<Dictionary<string, object>>();
            foreach (var option in options) list.Add(new Dictionary<string, object> { ["value"] = option });
            return list;
        }
    }
}
