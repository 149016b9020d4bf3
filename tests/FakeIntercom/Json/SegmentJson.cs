using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class SegmentJson
{
    public static object Segment(Segment segment) => new
    {
        type = "segment",
        id = segment.Id,
        name = segment.Name,
        created_at = segment.CreatedAt,
        updated_at = segment.UpdatedAt,
        person_type = segment.PersonType,
    };

    /// <summary>A segment with its count, as GET /segments?include_count=true answers.</summary>
    public static object Counted(Segment segment, long count) => new
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
