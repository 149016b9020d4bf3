using System.Management.Automation;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomContactSegment")]
    [OutputType(typeof(Segment))]
    [IntercomOperation("listSegmentsForAContact")]
    public sealed class GetIntercomContactSegmentCommand : ContactListCmdlet<Segment>
    {
        protected override Pager<Segment> List(string contactId) => Api.Contacts.ListSegments(contactId);
    }
}
