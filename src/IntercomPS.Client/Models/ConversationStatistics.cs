using System;

namespace IntercomPS
{
    /// <summary>A conversation's reporting figures: durations in seconds, and when each milestone happened.</summary>
    public sealed class ConversationStatistics : IntercomObject
    {
        public long? TimeToAssignment { get; set; }
        public long? TimeToAdminReply { get; set; }
        public long? TimeToFirstClose { get; set; }
        public long? TimeToLastClose { get; set; }
        public long? MedianTimeToReply { get; set; }
        public DateTimeOffset? FirstContactReplyAt { get; set; }
        public DateTimeOffset? FirstAssignmentAt { get; set; }
        public DateTimeOffset? FirstAdminReplyAt { get; set; }
        public DateTimeOffset? FirstCloseAt { get; set; }
        public DateTimeOffset? LastAssignmentAt { get; set; }
        public DateTimeOffset? LastAssignmentAdminReplyAt { get; set; }
        public DateTimeOffset? LastContactReplyAt { get; set; }
        public DateTimeOffset? LastAdminReplyAt { get; set; }
        public DateTimeOffset? LastCloseAt { get; set; }
        public string LastClosedById { get; set; }
        public long? CountReopens { get; set; }
        public long? CountAssignments { get; set; }
        public long? CountConversationParts { get; set; }
        public override string ToString() => $"{CountConversationParts} parts, {CountAssignments} assignments, {CountReopens} reopens";
    }

    /// <summary>How the AI agent (Fin) took part in a conversation.</summary>
    public sealed class AiAgent : IntercomObject
    {
        /// <summary>essentials_plan_setup, profile, workflow, workflow_preview or fin_preview.</summary>
        public string SourceType { get; set; }
        public string SourceTitle { get; set; }
        /// <summary>ai_answer or custom_answer; null when no answer was given.</summary>
        public string LastAnswerType { get; set; }
        /// <summary>assumed_resolution, confirmed_resolution, routed_to_team or abandoned.</summary>
        public string ResolutionState { get; set; }
        public long? Rating { get; set; }
        public string RatingRemark { get; set; }

        [Newtonsoft.Json.JsonConverter(typeof(Client.EmbeddedListConverter), "content_sources")]
        public ValueList<AiContentSource> ContentSources { get; set; }

        public override string ToString() => ResolutionState ?? SourceType;
    }

    /// <summary>Content the AI agent answered from.</summary>
    public sealed class AiContentSource : IntercomObject
    {
        /// <summary>file, article, external_content, content_snippet or workflow_connector_action.</summary>
        public string ContentType { get; set; }
        public string Url { get; set; }
        public string Title { get; set; }
        public string Locale { get; set; }
        public override string ToString() => Title;
    }
}
