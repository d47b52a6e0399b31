// The key of what a page shows (selectPageKey), carried by a prerendered page's #root.

/** The attribute of #root in a prerendered page: the page key it was built with. */
export const PAGE_KEY_ATTRIBUTE = 'data-page-key';
