/** Campaign operations's texts in Vietnamese (the default) and English: the same keys (the type checks it). */
export const operationsVi = {};

export const operationsEn: typeof operationsVi = {};
