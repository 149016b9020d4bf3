using System.Management.Automation;
using IntercomPS.Client.Paging;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// The progress bar of a long listing: one record per page (never per item, so it costs nothing
    /// measurable), shown only once a second page is needed; PowerShell hides it when $ProgressPreference
    /// is SilentlyContinue or the host is not interactive.
    /// </summary>
    internal sealed class PageProgress
    {
        private readonly Cmdlet _cmdlet;
        private readonly ProgressRecord _record;
        private long _items;
        private bool _shown;

        public PageProgress(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
            _record = new ProgressRecord(0x1C0E, $"{cmdlet.MyInvocation.MyCommand.Name}: listing", "Starting");
        }

        public void Report<T>(int pageItems, Pager<T> pager)
        {
            _items += pageItems;
            if (pager.IsFinished && !_shown) return;
            _shown = true;
            var total = pager.TotalCount;
            _record.StatusDescription = total > 0 ? $"{_items:N0} of {total:N0} items ({pager.RequestCount} pages)" : $"{_items:N0} items ({pager.RequestCount} pages)";
            _record.PercentComplete = total > 0 ? (int)System.Math.Min(100, _items * 100 / total.Value) : -1;
            _cmdlet.WriteProgress(_record);
        }

        public void Complete()
        {
            if (!_shown) return;
            _record.RecordType = ProgressRecordType.Completed;
            try
            {
                _cmdlet.WriteProgress(_record);
            }
            catch (PipelineStoppedException)
            {
                // Stopped by Select-Object -First or Ctrl+C: PowerShell clears the bar itself.
            }
        }
    }
}
