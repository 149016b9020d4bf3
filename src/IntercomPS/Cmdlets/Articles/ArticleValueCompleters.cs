namespace IntercomPS.Cmdlets
{
    /// <summary>published, draft.</summary>
    public sealed class ArticleStateCompleter : WireValueCompleter
    {
        protected override string[] Values => new[] { "published", "draft" };
    }

    /// <summary>collection, section.</summary>
    public sealed class ArticleParentTypeCompleter : WireValueCompleter
    {
        protected override string[] Values => new[] { "collection", "section" };
    }
}
