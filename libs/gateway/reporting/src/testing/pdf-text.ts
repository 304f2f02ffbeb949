import { execFile } from 'node:child_process';

// pdf.js loads its worker with import(), which jest's CommonJS sandbox refuses without
// --experimental-vm-modules; a plain node process reads the file instead.
const READ_PAGES = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((page) => page.text)));
});`;

/** The text of each page of a PDF, as a reader copying it would get it (pdf.js, through pdf-parse). */
export function pdfPages(file: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', READ_PAGES, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as string[]),
    );
    child.stdin?.end(file);
  });
}
