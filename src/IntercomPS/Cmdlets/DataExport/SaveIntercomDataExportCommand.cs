using System;
using System.IO;
using System.Management.Automation;
using System.Threading.Tasks;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Downloads the file of completed data export jobs: the gzipped CSV, or with -Expand the CSV. With -Wait it first
    /// polls the job's status, backing off, until the job has finished; without it, it downloads at once.
    /// </summary>
    [Cmdlet(VerbsData.Save, "IntercomDataExport", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    [IntercomOperation("downloadDataExport")]
    public sealed class SaveIntercomDataExportCommand : IntercomCmdlet
    {
        private static readonly TimeSpan FirstPoll = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(30);
        private string _folder;
        private string _file;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateIntercomId]
        public string[] JobIdentifier { get; set; }

        /// <summary>The file to write, or an existing folder to write &lt;job&gt;.csv.gz (or .csv) into.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        [Parameter]
        public SwitchParameter Expand { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>Overwrites an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            var full = GetUnresolvedProviderPathFromPSPath(Path);
            if (Directory.Exists(full))
            {
                _folder = full;
                return;
            }
            if (!Directory.Exists(System.IO.Path.GetDirectoryName(full)))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new PSArgumentException($"-Path '{Path}' is neither a folder nor a file in an existing folder.", nameof(Path)),
                    "PathNotFound", ErrorCategory.ObjectNotFound, Path));
            }
            _file = full;
        }

        protected override void ProcessRecord()
        {
            foreach (var job in JobIdentifier)
            {
                var target = _file ?? System.IO.Path.Combine(_folder, job + (Expand ? ".csv" : ".csv.gz"));
                if (File.Exists(target) && !Force)
                {
                    WriteError(new ErrorRecord(new IOException($"The file '{target}' exists; use -Force to overwrite it."), "FileExists", ErrorCategory.ResourceExists, job));
                    continue;
                }
                if (!ShouldProcess(target, $"Save data export {job}")) continue;
                ForItem(job, () =>
                {
                    if (Wait) CheckDownloadable(AwaitFinish(job));
                    try
                    {
                        Download(job, target);
                    }
                    catch (IntercomApiException) when (!Wait)
                    {
                        // Without -Wait the download is tried at once; when Intercom refuses it, the job's status says why.
                        CheckDownloadable(Invoke((o, ct) => Api.DataExport.GetAsync(job, o, ct)));
                        throw;
                    }
                    WriteObject(new FileInfo(target));
                });
            }
        }

        private DataExport AwaitFinish(string job)
        {
            var progress = new ProgressRecord(1, $"Waiting for data export {job}", "Checking its status");
            var export = Invoke((o, ct) => Api.DataExport.GetAsync(job, o, ct));
            for (var wait = FirstPoll; export.IsRunning; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestPoll.Ticks)))
            {
                progress.StatusDescription = $"Status: {export.Status}; checking again in {wait.TotalSeconds:0} s";
                WriteProgress(progress);
                Invoke((o, ct) => Task.Delay(wait, ct));
                export = Invoke((o, ct) => Api.DataExport.GetAsync(job, o, ct));
            }
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
            return export;
        }

        private static void CheckDownloadable(DataExport export)
        {
            if (export.IsRunning)
                throw new InvalidOperationException($"Data export {export.JobIdentifier} is still {export.Status}: add -Wait to wait for it, or try again later.");
            if (export.Status != "completed")
                throw new InvalidOperationException($"Data export {export.JobIdentifier} ended with status {export.Status}: there is no file to download.");
            if (export.DownloadExpiresAt < DateTimeOffset.UtcNow)
                throw new InvalidOperationException($"The file of data export {export.JobIdentifier} expired at {export.DownloadExpiresAt:u}: start a new export.");
        }

        /// <summary>Downloads beside the target first, so a failed download never leaves a truncated file under the real name.</summary>
        private void Download(string job, string target)
        {
            var partial = target + ".download";
            try
            {
                using (var file = File.Create(partial))
                    Invoke((o, ct) => Api.DataExport.DownloadAsync(job, file, o, ct));
                DataExportFile.Finish(partial, target, Expand);
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
        }
    }
}
