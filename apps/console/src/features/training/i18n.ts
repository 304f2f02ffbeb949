/** Training's texts in Vietnamese (the default) and English: the same keys (the type checks it). */
export const trainingVi = {};

export const trainingEn: typeof trainingVi = {};
