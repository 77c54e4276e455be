import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['--import','tsx','src/cli.ts','serve'], { env: { ...process.env, PORT: '3999', HARBOUR_DATA_DIR: '/tmp/hb/data', HARBOUR_DEMO_ACCOUNTS: 'on' }, stdio: 'inherit' });
for (;;) { try { if ((await fetch('http://127.0.0.1:3999/health')).ok) break; } catch {} await new Promise(r => setTimeout(r, 300)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
let t = Date.now();
await page.goto('http://127.0.0.1:3999/sign-in'); console.log('goto', Date.now()-t); t = Date.now();
const r = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
console.log('axe', Date.now()-t, 'passes', r.passes.map(p=>p.id).join(','), 'violations', r.violations.length, 'incomplete', r.incomplete.map(p=>p.id+':'+p.nodes.length).join(','));
t = Date.now();
await page.fill('#username','demo-administrator'); await page.fill('#password','harbour-demo-2026');
await Promise.all([page.waitForURL('http://127.0.0.1:3999/'), page.click('button:has-text("Sign in")')]); console.log('signin', Date.now()-t);
console.log(await page.content());
await browser.close(); child.kill('SIGTERM');
