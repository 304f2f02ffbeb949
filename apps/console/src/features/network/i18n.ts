/** Network's texts in Vietnamese (the default) and English: the same keys (the type checks it). */
export const networkVi = {};

export const networkEn: typeof networkVi = {};
