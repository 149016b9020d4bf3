using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace IntercomPS.Client.Tests
{
    public class ContactsApiTests
    {
        // GET /contacts/{id} as the API description's example gives it, plus a few fields real answers carry.
        private const string ContactJson = @"{""type"":""contact"",""id"":""667d60a98a68186f43bafdb9"",""workspace_id"":""ecahpwf5"",""external_id"":""70"",
            ""role"":""user"",""email"":""joe@bloggs.com"",""phone"":null,""name"":""Joe Bloggs"",""avatar"":{""type"":""avatar"",""image_url"":""https://example.org/a.jpg""},
            ""owner_id"":123,""social_profiles"":{""type"":""list"",""data"":[{""type"":""social_profile"",""name"":""Twitter"",""url"":""http://twitter.com/jb""}]},
            ""has_hard_bounced"":false,""unsubscribed_from_emails"":true,""created_at"":1719492777,""last_seen_at"":null,
            ""location"":{""type"":""location"",""country"":""Ireland"",""region"":null,""city"":""Dublin"",""country_code"":""IRL"",""continent_code"":""EU""},
            ""custom_attributes"":{""plan"":""pro"",""seats"":5},
            ""tags"":{""type"":""list"",""data"":[{""type"":""tag"",""id"":""7"",""url"":""/tags/7""}],""url"":""/contacts/667d60a98a68186f43bafdb9/tags"",""total_count"":12,""has_more"":true},
            ""notes"":{""type"":""list"",""data"":[],""url"":""/contacts/667d60a98a68186f43bafdb9/notes"",""total_count"":0,""has_more"":false},
            ""utm_source"":""newsletter"",""sms_consent"":true}";

        [Fact]
        public void A_contact_reads_with_its_nested_objects()
        {
            var contact = IntercomJson.ToModel<Contact>(JObject.Parse(ContactJson));
            Assert.Equal("joe@bloggs.com", contact.Email);
            Assert.Equal("https://example.org/a.jpg", contact.Avatar.ImageUrl);
            Assert.Equal(123L, contact.OwnerId);
            Assert.Equal("Twitter", Assert.Single(contact.SocialProfiles).Name);
            Assert.True(contact.UnsubscribedFromEmails);
            Assert.Null(contact.LastSeenAt);
            Assert.Equal("Dublin, Ireland", contact.Location.ToString());
            Assert.Equal("pro", contact.CustomAttributes["PLAN"]);
            Assert.Equal(5L, contact.CustomAttributes["seats"]);
            Assert.Equal("7", Assert.Single(contact.Tags.Data).Id);
            Assert.Equal(12L, contact.Tags.TotalCount);
            Assert.Equal("7, ...", contact.Tags.ToString());
            Assert.Empty(contact.Notes.Data);
            Assert.Equal("newsletter", contact.UtmSource);
            Assert.Equal(true, contact.AdditionalProperties["sms_consent"]);
        }

        [Fact]
        public void An_avatar_sent_as_a_bare_url_or_null_does_not_break_the_contact()
        {
            var contact = IntercomJson.ToModel<Contact>(JObject.Parse(@"{""type"":""contact"",""id"":""1"",""avatar"":""https://example.org/a.jpg"",""social_profiles"":[]}"));
            Assert.Equal("1", contact.Id);
            Assert.Null(contact.Avatar);
            Assert.Empty(contact.SocialProfiles);
        }

        [Fact]
        public void Delete_and_archive_answers_read_as_their_own_types()
        {
            var deleted = IntercomJson.ToModel<DeletedObject>(JObject.Parse(@"{""id"":""667d60aa8a68186f43bafdba"",""external_id"":""70"",""type"":""contact"",""deleted"":true}"));
            Assert.True(deleted.Deleted);
            Assert.Equal("70", deleted.ExternalId);
            Assert.Equal("contact 667d60aa8a68186f43bafdba deleted: True", deleted.ToString());
            var company = IntercomJson.ToModel<DeletedObject>(JObject.Parse(@"{""id"":""5"",""object"":""company"",""deleted"":true}"));
            Assert.Equal("company", company.Object);
            var archived = IntercomJson.ToModel<ContactArchiveState>(JObject.Parse(@"{""id"":""1"",""external_id"":null,""type"":""contact"",""archived"":true}"));
            Assert.True(archived.Archived);
        }

        [Fact]
        public async Task Contacts_are_listed_with_starting_after_and_the_page_size()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, @"{""type"":""list"",""data"":[{""type"":""contact"",""id"":""a""}],""total_count"":2,""pages"":{""type"":""pages"",""next"":{""per_page"":150,""starting_after"":""WzE3MTk0OTI3NzcwMDBd""}}}")
                     .Respond(200, @"{""type"":""list"",""data"":[{""type"":""contact"",""id"":""b""}],""total_count"":2,""pages"":{""type"":""pages"",""page"":2}}");
            var ids = await Drain(t, new ContactsApi(t.Engine).List(150));
            Assert.Equal(new[] { "a", "b" }, ids);
            Assert.Equal("/contacts?per_page=150", t.Handler.Requests[0].Uri.PathAndQuery);
            Assert.Equal("/contacts?per_page=150&starting_after=WzE3MTk0OTI3NzcwMDBd", t.Handler.Requests[1].Uri.PathAndQuery);
        }

        [Fact]
        public async Task A_search_posts_the_query_and_re_posts_it_for_the_next_page()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, @"{""type"":""list"",""data"":[{""type"":""contact"",""id"":""a""}],""pages"":{""next"":{""per_page"":1,""starting_after"":""N1""}}}")
                     .Respond(200, @"{""type"":""list"",""data"":[{""type"":""contact"",""id"":""b""}],""pages"":{""next"":null}}");
            var query = new Dictionary<string, object> { ["field"] = "email", ["operator"] = "$", ["value"] = "@acme.com" };
            Assert.Equal(new[] { "a", "b" }, await Drain(t, new ContactsApi(t.Engine).Search(query, 1)));
            var first = JObject.Parse(t.Handler.Requests[0].Body);
            var second = JObject.Parse(t.Handler.Requests[1].Body);
            Assert.Equal("@acme.com", (string)first["query"]["value"]);
            Assert.Equal(1, (int)first["pagination"]["per_page"]);
            Assert.Null(first["pagination"]["starting_after"]);
            Assert.Equal("N1", (string)second["pagination"]["starting_after"]);
            Assert.True(JToken.DeepEquals(first["query"], second["query"]));
            Assert.All(t.Handler.Requests, r => Assert.Equal("/contacts/search", r.Uri.AbsolutePath));
        }

        [Fact]
        public async Task A_contacts_companies_are_read_under_companies_or_data_page_by_page()
        {
            var t = new TestEngine();
            // The schema says "companies" and a pages_link (next is a URL); the example and the API say "data".
            t.Handler.Respond(200, @"{""type"":""list"",""companies"":[{""type"":""company"",""id"":""c1"",""company_id"":""ext-1""}],""total_count"":2,""pages"":{""type"":""pages"",""next"":""https://api.intercom.io/contacts/x/companies?page=2"",""page"":1,""per_page"":1,""total_pages"":2}}")
                     .Respond(200, @"{""type"":""list"",""data"":[{""type"":""company"",""id"":""c2"",""company_id"":""ext-2""}],""total_count"":2,""pages"":{""type"":""pages"",""next"":null,""page"":2,""per_page"":1,""total_pages"":2}}");
            var pager = new ContactsApi(t.Engine).ListCompanies("x", 1);
            var companies = new List<Company>();
            for (var page = await pager.NextPageAsync(t, CancellationToken.None); page != null; page = await pager.NextPageAsync(t, CancellationToken.None))
                companies.AddRange(page);
            Assert.Equal(new[] { "ext-1", "ext-2" }, companies.Select(c => c.CompanyId));
            Assert.Equal("/contacts/x/companies?page=1&per_page=1", t.Handler.Requests[0].Uri.PathAndQuery);
            Assert.Equal("/contacts/x/companies?page=2&per_page=1", t.Handler.Requests[1].Uri.PathAndQuery);
        }

        [Fact]
        public async Task Archive_and_merge_send_the_documented_requests()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, @"{""id"":""a"",""type"":""contact"",""archived"":true}")
                     .Respond(200, @"{""type"":""contact"",""id"":""u"",""role"":""user""}");
            var api = new ContactsApi(t.Engine);
            Assert.True((await api.ArchiveAsync("a/b", t, CancellationToken.None)).Archived);
            Assert.Equal("u", (await api.MergeAsync("lead1", "u", t, CancellationToken.None)).Id);
            Assert.Equal("/contacts/a%2Fb/archive", t.Handler.Requests[0].Uri.AbsolutePath);
            Assert.Null(t.Handler.Requests[0].Body);
            var merge = JObject.Parse(t.Handler.Requests[1].Body);
            Assert.Equal("lead1", (string)merge["from"]);
            Assert.Equal("u", (string)merge["into"]);
        }

        [Fact]
        public async Task A_note_is_created_with_its_author()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, @"{""type"":""note"",""id"":""34"",""created_at"":1719492759,""contact"":{""type"":""contact"",""id"":""c""},""author"":{""type"":""admin"",""id"":""991267493"",""name"":""Ciaran""},""body"":""<p>Hello</p>""}");
            var note = await new NotesApi(t.Engine).CreateAsync("c", "Hello", "991267493", t, CancellationToken.None);
            Assert.Equal("Ciaran", note.Author.Name);
            Assert.Equal("c", note.Contact.Id);
            var body = JObject.Parse(t.Handler.Requests[0].Body);
            Assert.Equal("Hello", (string)body["body"]);
            Assert.Equal("991267493", (string)body["admin_id"]);
        }

        private static async Task<List<string>> Drain(TestEngine t, Paging.Pager<Contact> pager)
        {
            var ids = new List<string>();
            for (var page = await pager.NextPageAsync(t, CancellationToken.None); page != null; page = await pager.NextPageAsync(t, CancellationToken.None))
                ids.AddRange(page.Select(c => c.Id));
            return ids;
        }
    }
}
