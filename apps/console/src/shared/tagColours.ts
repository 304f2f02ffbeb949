/**
 * Tag colours dark enough for white text (WCAG AA, axe checks it): the library's light presets
 * ("green", "orange") fail contrast.
 */
export const TAG = { good: '#237804', bad: '#a8071a', warn: '#ad4e00', info: '#1f4fa3' } as const;
