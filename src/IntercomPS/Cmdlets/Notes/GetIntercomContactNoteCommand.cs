using System.Management.Automation;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>A contact's notes. Apart from Get-IntercomNote so that a piped contact is never sent to GET /notes/{id}.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactNote", SupportsPaging = true)]
    [OutputType(typeof(Note))]
    [IntercomOperation("listNotes")]
    public sealed class GetIntercomContactNoteCommand : ContactListCmdlet<Note>
    {
        /// <summary>Notes per request (per_page); Intercom's default is 15.</summary>
        [Parameter]
        [ValidateRange(1, 150)]
        public int? PageSize { get; set; }

        protected override Pager<Note> List(string contactId) => Api.Notes.ListForContact(contactId, PageSize);
    }
}
