using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomNote")]
    [OutputType(typeof(Note))]
    [IntercomOperation("retrieveNote")]
    public sealed class GetIntercomNoteCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("NoteId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Notes.GetAsync(id, o, ct))));
        }
    }
}
