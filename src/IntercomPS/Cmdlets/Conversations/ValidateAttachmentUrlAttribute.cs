using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Client;

namespace IntercomPS.Cmdlets
{
    /// <summary>Attachment URLs: absolute http or https URLs, at most <see cref="MessageContent.MaxAttachments"/>.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ValidateAttachmentUrlAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var urls = arguments is IEnumerable list ? list.Cast<object>().ToList() : new List<object> { arguments };
            if (urls.Count > MessageContent.MaxAttachments)
                throw new ValidationMetadataException($"{urls.Count} attachment URLs were given; Intercom takes at most {MessageContent.MaxAttachments}.");
            foreach (var url in urls)
            {
                if (!(url is Uri uri) || !uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                    throw new ValidationMetadataException($"'{url}' is not an http or https URL; Intercom fetches attachments from a public URL.");
            }
        }

        /// <summary>The URLs as the request sends them; null when there are none.</summary>
        public static IReadOnlyList<string> ToText(Uri[] urls) => urls?.Select(u => u.AbsoluteUri).ToList();
    }
}
