// The committee report as PDF, printed by Chromium when the server has it: CHROMIUM_PATH, else
// `chromium` on the PATH. Without it the report page says so and prints from the browser.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Where Chromium is, or undefined when this server has none (a CHROMIUM_PATH naming no file is none). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH)
    return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A whole HTML document (its stylesheet inline, nothing fetched) printed to A4 PDF. */
export async function pdfOf(html: string, executablePath: string): Promise<Buffer> {
  // Loaded when first used, not by every process that imports the app (each test file, the server).
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 60_000,
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // The document is self-contained: it may fetch nothing (no request leaves for the network).
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
