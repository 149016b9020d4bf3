namespace IntercomPS
{
    /// <summary>
    /// What a delete answers: the id and deleted = true. Companies name their kind in "object", contacts in "type"
    /// (and add their external_id).
    /// </summary>
    public sealed class DeletedObject : IntercomObject
    {
        public string Id { get; set; }
        public string Object { get; set; }
        public bool? Deleted { get; set; }
        /// <summary>Your own id of a deleted contact.</summary>
        public string ExternalId { get; set; }
        public override string ToString() => $"{Object ?? Type} {Id} deleted: {Deleted}";
    }
}
