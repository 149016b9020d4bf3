using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class SegmentJson
{
    /// <summary>A segment; <paramref name="count"/> is given only for GET /segments?include_count=true.</summary>
    public static object Segment(Segment segment, long? count = null) => new
    {
        type = "segment",
        id = segment.Id,
        name = segment.Name,
        created_at = segment.CreatedAt,
        updated_at = segment.UpdatedAt,
        person_type = segment.PersonType,
        count,
    };
}
