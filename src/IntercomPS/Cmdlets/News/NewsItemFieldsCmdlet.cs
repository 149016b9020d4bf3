using System;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shared by New- and Set-IntercomNewsItem: the fields of news_item_request, and the newsfeeds to publish in.</summary>
    public abstract class NewsItemFieldsCmdlet : IntercomCmdlet
    {
        protected static readonly (string Parameter, string Field)[] Fields =
        {
            ("Title", "title"),
            ("Body", "body"),
            ("SenderId", "sender_id"),
            ("State", "state"),
            ("DeliverSilently", "deliver_silently"),
            ("Label", "labels"),
            ("Reaction", "reactions"),
        };

        /// <summary>HTML.</summary>
        [Parameter]
        public string Body { get; set; }

        /// <summary>An admin of the workspace.</summary>
        [Parameter]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public long? SenderId { get; set; }

        /// <summary>draft, or live: shown in its newsfeeds.</summary>
        [Parameter]
        [ValidateSet("draft", "live")]
        public string State { get; set; }

        [Parameter]
        [AllowEmptyCollection]
        [Alias("Labels")]
        public string[] Label { get; set; }

        /// <summary>The emoji readers can react with, in order; an empty list turns reactions off.</summary>
        [Parameter]
        [AllowEmptyCollection]
        [Alias("Reactions")]
        public string[] Reaction { get; set; }

        /// <summary>The newsfeeds to publish in (replacing the item's newsfeeds); an empty list takes it out of all.</summary>
        [Parameter]
        [AllowEmptyCollection]
        public long[] NewsfeedId { get; set; }

        /// <summary>When the item was published in the newsfeeds (-NewsfeedId); by default now. Never in the future; unix seconds too.</summary>
        [Parameter]
        [TimestampArgument]
        public DateTimeOffset? PublishedAt { get; set; }

        /// <summary>-PublishedAt goes with -NewsfeedId, and Intercom refuses future dates: both checked before any request.</summary>
        protected override void BeginProcessing()
        {
            if (PublishedAt != null && NewsfeedId == null) ThrowInvalidArgument("-PublishedAt dates the newsfeed assignments: give -NewsfeedId with it.", "PublishedAtWithoutNewsfeed");
            if (PublishedAt > DateTimeOffset.UtcNow) ThrowInvalidArgument($"-PublishedAt {PublishedAt:u} is in the future; Intercom takes past dates only (schedule news items in Intercom instead).", "PublishedAtInFuture");
            base.BeginProcessing();
        }

        /// <summary>The fields given, with newsfeed_assignments from -NewsfeedId and -PublishedAt.</summary>
        protected Dictionary<string, object> Changes()
        {
            var body = BoundBody(Fields);
            if (body.TryGetValue("state", out var state) && state is string text) body["state"] = text.ToLowerInvariant();
            if (NewsfeedId != null) body["newsfeed_assignments"] = NewsApi.Assignments(NewsfeedId, PublishedAt ?? DateTimeOffset.UtcNow);
            return body;
        }
    }
}
