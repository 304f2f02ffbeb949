// What tests of the reporting exports share (`@tn/gateway-reporting/testing`), never imported by the slice itself: reading a PDF's text back.
export { pdfPages } from './testing/pdf-text';
