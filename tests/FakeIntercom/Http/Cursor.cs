using System.Buffers.Text;
using System.Text;

namespace FakeIntercom.Http;

/// <summary>Opaque, stateless paging tokens (contacts' starting_after, companies' scroll_param) that encode an offset.</summary>
public static class Cursor
{
    public static string Encode(string kind, int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"fake-intercom:{kind}:{offset}"));

    public static bool TryDecode(string kind, string token, out int offset)
    {
        offset = 0;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return false;
        }
        var prefix = $"fake-intercom:{kind}:";
        return text.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(prefix.Length), out offset)
            && offset >= 0;
    }
}
