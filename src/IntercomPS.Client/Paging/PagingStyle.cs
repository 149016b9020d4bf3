namespace IntercomPS.Client.Paging
{
    /// <summary>The pagination styles of API 2.11, as classified in operations.tsv.</summary>
    public enum PagingStyle
    {
        /// <summary>One response, nothing to follow.</summary>
        None,
        /// <summary>GET with per_page; the next request sends starting_after = pages.next.starting_after.</summary>
        Cursor,
        /// <summary>page and per_page; page 1..pages.total_pages, or until a short page when pages is absent.</summary>
        PageNumber,
        /// <summary>scroll_param from each answer, until data is empty.</summary>
        Scroll,
        /// <summary>POST search body; the next page re-posts it with pagination.starting_after.</summary>
        SearchCursor,
        /// <summary>pages.next is an absolute URL on the same host.</summary>
        NextUrl,
        /// <summary>pages appears in the answer only: follow pages.next if it is ever there (URL or cursor).</summary>
        PagesResponseOnly,
    }
}
