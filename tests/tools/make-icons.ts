/** Renders assets/icon.svg to the PNG sizes the manifest lists (assets/public/icon/N.png). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('assets/public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`assets/public/icon/${size}.png`, png);
  console.log(`assets/public/icon/${size}.png ${png.length} bytes`);
}
