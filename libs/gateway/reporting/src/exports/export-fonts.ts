/**
 * DejaVu Sans holds every Vietnamese letter (the PDF standard fonts hold none of ơ, ư, đ, ạ…).
 * Resolved through the package, so the file is found from the sources under jest and in the
 * running gateway alike (it runs the sources with node_modules installed, nothing is bundled).
 */
export const PDF_FONTS = {
  regular: { name: 'DejaVuSans', file: () => require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf') },
  bold: { name: 'DejaVuSans-Bold', file: () => require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') },
} as const;
