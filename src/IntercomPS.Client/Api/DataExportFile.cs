using System.IO;
using System.IO.Compression;

namespace IntercomPS.Client
{
    /// <summary>
    /// Turns a downloaded export into the file asked for: the gzipped CSV as is, or the CSV expanded. It looks at the
    /// bytes, not the headers: an HTTP layer that honours Content-Encoding: gzip may already have expanded them.
    /// </summary>
    public static class DataExportFile
    {
        public static void Finish(string downloadedPath, string targetPath, bool expand)
        {
            var isGzip = IsGzip(downloadedPath);
            if (isGzip == expand)
            {
                using (var source = File.OpenRead(downloadedPath))
                using (var target = File.Create(targetPath))
                using (var transform = expand ? (Stream)new GZipStream(source, CompressionMode.Decompress) : new GZipStream(target, CompressionLevel.Optimal))
                {
                    if (expand) transform.CopyTo(target);
                    else source.CopyTo(transform);
                }
                File.Delete(downloadedPath);
                return;
            }
            if (File.Exists(targetPath)) File.Delete(targetPath);
            File.Move(downloadedPath, targetPath);
        }

        private static bool IsGzip(string path)
        {
            using (var file = File.OpenRead(path))
                return file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        }
    }
}
