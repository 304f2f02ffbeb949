/** Team leaders' and volunteers' screens's texts in Vietnamese (the default) and English: the same keys (the type checks it). */
export const fieldVi = {};

export const fieldEn: typeof fieldVi = {};
