using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Client.Http
{
    /// <summary>
    /// A successful answer's bytes in a buffer borrowed from the shared pool, read by a body reader and then
    /// returned. A page of 150 contacts is ~300 KB: read as a string it would be a fresh 600 KB object on the large
    /// object heap each page, and that churn (full collections, the pool trimming after each) cost more than the
    /// parsing itself in a long listing.
    /// </summary>
    internal sealed class PooledBody : IDisposable
    {
        private const int FirstSize = 64 * 1024;
        private byte[] _buffer;

        private PooledBody(byte[] buffer, int length)
        {
            _buffer = buffer;
            Length = length;
        }

        public int Length { get; }

        public static async Task<PooledBody> ReadAsync(HttpContent content, CancellationToken ct)
        {
            var announced = content.Headers.ContentLength;
            var buffer = ArrayPool<byte>.Shared.Rent(announced > 0 && announced < int.MaxValue ? (int)announced.Value + 1 : FirstSize);
            var length = 0;
            try
            {
                using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer, length, buffer.Length - length, ct).ConfigureAwait(false)) > 0)
                    {
                        length += read;
                        if (length < buffer.Length) continue;
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
            return new PooledBody(buffer, length);
        }

        public bool IsBlank
        {
            get
            {
                for (var i = 0; i < Length; i++)
                    if (!char.IsWhiteSpace((char)_buffer[i])) return false;
                return true;
            }
        }

        public TextReader OpenText() =>
            new StreamReader(new MemoryStream(Bytes(), 0, Length, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        /// <summary>The text of the first bytes, for excerpts in messages.</summary>
        public string Prefix(int bytes) => Encoding.UTF8.GetString(Bytes(), 0, Math.Min(Length, bytes));

        private byte[] Bytes() => _buffer ?? throw new ObjectDisposedException(nameof(PooledBody));

        public void Dispose()
        {
            var buffer = Interlocked.Exchange(ref _buffer, null);
            if (buffer != null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
