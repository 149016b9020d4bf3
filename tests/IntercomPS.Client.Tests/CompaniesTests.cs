using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace IntercomPS.Client.Tests
{
    public class CompaniesTests
    {
        private const string Company = "{\"type\":\"company\",\"id\":\"6657\",\"company_id\":\"ext-1\",\"name\":\"Acme\"}";

        [Fact]
        public void Tags_and_segments_are_read_out_of_their_list_wrappers()
        {
            var company = IntercomJson.ToModel<Company>(JObject.Parse(
                "{\"id\":\"1\",\"plan\":{\"type\":\"plan\",\"id\":\"9\",\"name\":\"Pro\"},\"custom_attributes\":{\"tier\":\"gold\"}," +
                "\"tags\":{\"type\":\"tag.list\",\"tags\":[{\"type\":\"tag\",\"id\":\"7\",\"name\":\"VIP\"}]}," +
                "\"segments\":{\"type\":\"segment.list\",\"segments\":[{\"type\":\"segment\",\"id\":\"s1\",\"person_type\":\"user\"}]}}"));
            Assert.Equal("VIP", Assert.Single(company.Tags).Name);
            Assert.Equal("user", Assert.Single(company.Segments).PersonType);
            Assert.Equal("Pro", company.Plan["NAME"]);
            Assert.Equal("gold", company.CustomAttributes["tier"]);
        }

        [Fact]
        public void A_bare_array_is_read_as_is_and_any_other_shape_leaves_the_list_empty()
        {
            var bare = IntercomJson.ToModel<Company>(JObject.Parse("{\"id\":\"1\",\"tags\":[{\"id\":\"7\"}],\"segments\":\"odd\"}"));
            Assert.Equal("7", Assert.Single(bare.Tags).Id);
            Assert.Null(bare.Segments);
        }

        [Theory]
        [InlineData(Company)]
        [InlineData("{\"type\":\"list\",\"data\":[" + Company + "],\"total_count\":1}")]
        public async Task A_look_up_by_name_reads_the_single_company_or_the_list_the_spec_declares(string answer)
        {
            var t = new TestEngine();
            t.Handler.Respond(200, answer);
            var page = await new CompaniesApi(t.Engine).FindByName("Acme & Co").NextPageAsync(t, CancellationToken.None);
            Assert.Equal("ext-1", Assert.Single(page).CompanyId);
            Assert.Equal("/companies?name=Acme%20%26%20Co", t.Handler.Requests[0].Uri.PathAndQuery);
        }
    }
}
