// Parses a Mermaid diagram with the mermaid package GitHub's renderer is built on; exit 1 with the parser's message
// when it would not render. jsdom stands in for the browser mermaid expects to load in.
import { JSDOM } from 'jsdom';
import fs from 'fs';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
try {
  const parsed = await mermaid.parse(fs.readFileSync(process.argv[2], 'utf8'));
  console.log(parsed.diagramType);
} catch (e) {
  console.log(e.message);
  process.exit(1);
}
