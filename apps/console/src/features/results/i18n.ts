/** Results' texts in Vietnamese (the default) and English: the same keys (the type checks it). */
export const resultsVi = {};

export const resultsEn: typeof resultsVi = {};
