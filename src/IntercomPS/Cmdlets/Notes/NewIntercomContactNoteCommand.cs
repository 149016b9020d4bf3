using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Adds a note to contacts, written as the connected admin unless -AdminId says otherwise.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomContactNote", SupportsShouldProcess = true)]
    [OutputType(typeof(Note))]
    [IntercomOperation("createNote")]
    public sealed class NewIntercomContactNoteCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>The text of the note (HTML is allowed).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        /// <summary>The author; defaults to the admin the session connected as.</summary>
        [Parameter]
        [ValidateIntercomId]
        public string AdminId { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<Note>(Id, "contact", "Add note", id => (o, ct) => Api.Notes.CreateAsync(id, Body, AdminIdOrDefault(AdminId), o, ct));
    }
}
