using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace IntercomPS.Client.Tests
{
    /// <summary>The conversation, message and phone switch calls whose bodies or answers are not plain.</summary>
    public class ConversationsApiTests
    {
        private const string ConversationJson = @"{""type"":""conversation"",""id"":""371"",""created_at"":1719492832,""waiting_since"":null,
            ""source"":{""type"":""conversation"",""id"":""403918259"",""delivered_as"":""admin_initiated"",""subject"":"""",""body"":""<p>hi</p>"",
                ""author"":{""type"":""admin"",""id"":""991267561"",""name"":""Ciaran"",""email"":""a@b.c""},""attachments"":[],""url"":null,""redacted"":false},
            ""contacts"":{""type"":""contact.list"",""contacts"":[{""type"":""contact"",""id"":""667d60e0"",""external_id"":""70""}]},
            ""admin_assignee_id"":991267715,""team_assignee_id"":null,""open"":false,""state"":""closed"",""read"":true,
            ""tags"":{""type"":""tag.list"",""tags"":[{""type"":""tag"",""id"":""7"",""name"":""VIP""},{""type"":""tag"",""id"":""8"",""name"":""Beta""}]},
            ""teammates"":null,""custom_attributes"":{""issue_type"":""Billing""},""topics"":{},""ticket"":null,
            ""statistics"":{""type"":""conversation_statistics"",""time_to_admin_reply"":60,""last_close_at"":1719492900,""last_closed_by_id"":""5""},
            ""sla_applied"":{""type"":""conversation_sla_summary"",""sla_name"":""VIP"",""sla_status"":""hit""},
            ""linked_objects"":{""type"":""list"",""data"":[{""type"":""ticket"",""id"":""9"",""category"":""Tracker""}],""total_count"":1,""has_more"":false},
            ""conversation_parts"":{""type"":""conversation_part.list"",""total_count"":1,""conversation_parts"":[{""type"":""conversation_part"",""id"":""96"",
                ""part_type"":""comment"",""body"":""<p>x</p>"",""created_at"":1719492834,""assigned_to"":{""type"":""nobody_admin"",""id"":null},
                ""author"":{""id"":""991267562"",""type"":""bot"",""name"":""Operator"",""email"":""op@x""},""attachments"":[{""type"":""upload"",""name"":""a.png"",""url"":""https://x/a.png"",""content_type"":""image/png"",""filesize"":3,""width"":1,""height"":1}],""redacted"":false}]}}";

        [Fact]
        public void A_conversation_reads_its_wrapped_lists_as_flat_value_lists()
        {
            var conversation = IntercomJson.ToModel<Conversation>(JObject.Parse(ConversationJson));
            Assert.Equal("991267715", conversation.AdminAssigneeId);
            Assert.Null(conversation.TeamAssigneeId);
            Assert.Equal("VIP; Beta", conversation.Tags.ToString());
            Assert.Equal("70", Assert.Single(conversation.Contacts).ExternalId);
            Assert.Null(conversation.Teammates);
            Assert.Equal("Billing", conversation.CustomAttributes["issue_type"]);
            Assert.Equal(60L, conversation.Statistics.TimeToAdminReply);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1719492900), conversation.Statistics.LastCloseAt);
            Assert.Equal("VIP: hit", conversation.SlaApplied.ToString());
            Assert.Equal("Tracker", Assert.Single(conversation.LinkedObjects).Category);
            var part = Assert.Single(conversation.ConversationParts);
            Assert.Equal(("comment", "Operator", "nobody_admin"), (part.PartType, part.Author.ToString(), part.AssignedTo.Type));
            Assert.Equal(3L, Assert.Single(part.Attachments).Filesize);
            Assert.Equal("Ciaran", conversation.Source.Author.Name);
            Assert.Empty(conversation.AdditionalProperties.Keys.Cast<string>());
        }

        [Fact]
        public async Task Close_open_snooze_and_assign_are_one_endpoint_told_apart_by_message_type()
        {
            var t = new TestEngine();
            for (var i = 0; i < 5; i++) t.Handler.Respond(200, "{\"type\":\"conversation\",\"id\":\"1\"}");
            var api = new ConversationsApi(t.Engine);
            await api.CloseAsync("1", "7", "Bye", t, CancellationToken.None);
            await api.CloseAsync("1", "7", null, t, CancellationToken.None);
            await api.OpenAsync("1", "7", t, CancellationToken.None);
            await api.SnoozeAsync("1", "7", DateTimeOffset.FromUnixTimeSeconds(1800000000), t, CancellationToken.None);
            await api.AssignAsync("1", "7", AssigneeType.Team, "0", null, t, CancellationToken.None);
            Assert.All(t.Handler.Requests, r => Assert.Equal("POST /conversations/1/parts", $"{r.Method} {r.Uri.AbsolutePath}"));
            Assert.Equal(new[]
            {
                "{\"message_type\":\"close\",\"admin_id\":\"7\",\"type\":\"admin\",\"body\":\"Bye\"}",
                "{\"message_type\":\"close\",\"admin_id\":\"7\",\"type\":\"admin\"}",
                "{\"message_type\":\"open\",\"admin_id\":\"7\"}",
                "{\"message_type\":\"snoozed\",\"admin_id\":\"7\",\"snoozed_until\":1800000000}",
                "{\"message_type\":\"assignment\",\"admin_id\":\"7\",\"type\":\"team\",\"assignee_id\":\"0\"}",
            }, t.Handler.Requests.Select(r => r.Body));
        }

        [Fact]
        public async Task A_reply_is_an_admin_reply_or_a_contact_reply_naming_the_contact_by_one_id()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"conversation\",\"id\":\"1\"}").Respond(200, "{\"type\":\"conversation\",\"id\":\"2\"}");
            var api = new ConversationsApi(t.Engine);
            var content = new MessageContent("Thanks") { AttachmentUrls = new[] { "https://x/a.png" }, CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000) };
            await api.ReplyAsAdminAsync("1", "7", note: true, new MessageContent("<b>internal</b>"), t, CancellationToken.None);
            await api.ReplyAsContactAsync("last", ContactKey.ByEmail("a@b.c"), content, t, CancellationToken.None);
            Assert.Equal("{\"body\":\"<b>internal</b>\",\"message_type\":\"note\",\"type\":\"admin\",\"admin_id\":\"7\"}", t.Handler.Requests[0].Body);
            Assert.Equal("/conversations/last/reply", t.Handler.Requests[1].Uri.AbsolutePath);
            Assert.Equal("{\"body\":\"Thanks\",\"attachment_urls\":[\"https://x/a.png\"],\"created_at\":1700000000,\"message_type\":\"comment\",\"type\":\"user\",\"email\":\"a@b.c\"}", t.Handler.Requests[1].Body);
        }

        [Theory]
        [InlineData("{\"customers\":[{\"type\":\"user\",\"id\":\"c1\"},{\"type\":\"user\",\"id\":\"c2\"}]}")]
        [InlineData("{\"type\":\"conversation\",\"id\":\"1\",\"contacts\":{\"type\":\"contact.list\",\"contacts\":[{\"type\":\"contact\",\"id\":\"c1\"},{\"type\":\"contact\",\"id\":\"c2\"}]}}")]
        public async Task Attaching_a_contact_answers_the_participants_as_a_customers_list_or_a_conversation(string answer)
        {
            var t = new TestEngine();
            t.Handler.Respond(200, answer).Respond(200, answer);
            var api = new ConversationsApi(t.Engine);
            var attached = await api.AttachContactAsync("1", "7", ContactKey.ByUserId("u-9"), t, CancellationToken.None);
            var detached = await api.DetachContactAsync("1", "c3", "7", t, CancellationToken.None);
            Assert.Equal(new[] { "c1", "c2" }, attached.Contacts.Select(c => c.Id));
            Assert.Equal(("1", 2), (detached.Id, detached.Contacts.Count));
            Assert.Equal("{\"admin_id\":\"7\",\"customer\":{\"user_id\":\"u-9\"}}", t.Handler.Requests[0].Body);
            Assert.Equal("DELETE /conversations/1/customers/c3 {\"admin_id\":\"7\"}", $"{t.Handler.Requests[1].Method} {t.Handler.Requests[1].Uri.AbsolutePath} {t.Handler.Requests[1].Body}");
        }

        [Fact]
        public async Task Redacting_puts_the_conversation_id_in_the_body_with_the_part_or_the_source()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"conversation\",\"id\":\"1\"}").Respond(200, "{\"type\":\"conversation\",\"id\":\"1\"}");
            var api = new ConversationsApi(t.Engine);
            await api.RedactPartAsync("1", "96", t, CancellationToken.None);
            await api.RedactSourceAsync("1", "403", t, CancellationToken.None);
            Assert.Equal("{\"type\":\"conversation_part\",\"conversation_id\":\"1\",\"conversation_part_id\":\"96\"}", t.Handler.Requests[0].Body);
            Assert.Equal("{\"type\":\"source\",\"conversation_id\":\"1\",\"source_id\":\"403\"}", t.Handler.Requests[1].Body);
        }

        [Fact]
        public async Task An_outbound_message_is_from_an_admin_with_an_integer_id()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"admin_message\",\"id\":\"15\",\"message_type\":\"email\",\"owner\":{\"type\":\"admin\",\"id\":\"7\",\"name\":\"Ada\"}}");
            var content = new MessageContent("Hi") { Subject = "Hello" };
            var message = await new MessagesApi(t.Engine).CreateAsync("email", 7, "lead", "c1", content, "plain", true, t, CancellationToken.None);
            Assert.Equal("{\"body\":\"Hi\",\"subject\":\"Hello\",\"message_type\":\"email\",\"from\":{\"type\":\"admin\",\"id\":7},\"to\":{\"type\":\"lead\",\"id\":\"c1\"},"
                         + "\"template\":\"plain\",\"create_conversation_without_contact_reply\":true}", t.Handler.Requests[0].Body);
            Assert.Equal("Ada", message.Owner.Name);
        }

        [Fact]
        public async Task A_phone_switch_error_in_its_own_shape_is_read_as_an_Intercom_error()
        {
            var t = new TestEngine();
            t.Handler.Respond(400, "{\"error_key\":\"invalid_phone_number\",\"message\":\"Invalid phone number\"}")
                     .Respond(200, "{\"type\":\"phone_call_redirect\",\"url\":\"http://via.intercom.io/msgr/x\"}");
            var api = new PhoneSwitchApi(t.Engine);
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => api.CreateAsync("+1", null, t, CancellationToken.None));
            Assert.Equal(("invalid_phone_number", 400), (error.ErrorCode, error.StatusCode));
            Assert.Contains("Invalid phone number", error.Message);
            var phoneSwitch = await api.CreateAsync("+353832345678", new Dictionary<string, object> { ["issue"] = "Billing" }, t, CancellationToken.None);
            Assert.Equal(("http://via.intercom.io/msgr/x", "+353832345678"), (phoneSwitch.Url, phoneSwitch.Phone));
            Assert.Equal("{\"phone\":\"+353832345678\",\"custom_attributes\":{\"issue\":\"Billing\"}}", t.Handler.Requests[1].Body);
        }
    }
}
