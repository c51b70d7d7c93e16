/**
 * The axe-core rule tags every accessibility check in the browser tests uses: WCAG 2.0, 2.1 and
 * 2.2 at levels A and AA (the Dutch Besluit digitale toegankelijkheid overheid points to EN 301 549,
 * which follows WCAG; WCAG 2.2 adds target size, focus not obscured and more). One list, so
 * toegankelijkheidsverklaring.md can name exactly what is checked.
 */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;
