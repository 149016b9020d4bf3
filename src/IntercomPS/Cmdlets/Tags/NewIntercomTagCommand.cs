using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a tag; when one with that name exists, Intercom returns it.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("createTag")]
    public sealed class NewIntercomTagCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var name in Name)
            {
                if (!ShouldProcess(name, "Create Intercom tag")) continue;
                ForItem(name, () => WriteObject(Invoke((o, ct) => Api.Tags.CreateAsync(name, o, ct))));
            }
        }
    }
}
