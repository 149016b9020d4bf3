namespace IntercomPS
{
    /// <summary>What a delete answers: {id, object, deleted}.</summary>
    public sealed class DeletedObject : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>The kind of object deleted, e.g. "company".</summary>
        public string Object { get; set; }
        public bool? Deleted { get; set; }
        public override string ToString() => $"{Object} {Id}";
    }
}
