/** Styles of the context card, inside its shadow root (adoptedStyleSheets: CSP-proof). */
export const CARD_CSS = `
:host { all: initial; }
.card { color-scheme: light dark; box-sizing: border-box; position: relative; width: min(360px, calc(100vw - 16px));
  max-height: min(70vh, 520px); overflow: auto; padding: 14px 16px 10px; border-radius: 10px;
  background: light-dark(#ffffff, #1f2328); color: light-dark(#1b1b1b, #e8e8e8);
  border: 1px solid light-dark(#c9ced6, #454c56); box-shadow: 0 8px 28px rgba(0,0,0,.28);
  font: 15px/1.6 "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, system-ui, sans-serif; text-align: start; }
h2 { font-size: 18px; margin: 0 0 2px; padding-inline-end: 28px; outline: none; }
h3 { font-size: 13px; margin: 10px 0 4px; color: light-dark(#4a4f57, #b5bcc6); }
p { margin: 4px 0; }
.kind, .muted { color: light-dark(#5b6270, #a9b1bd); font-size: 13px; }
.role { font-style: italic; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 14px; }
.facts dt { color: light-dark(#5b6270, #a9b1bd); } .facts dd { margin: 0; }
.mentions { display: flex; align-items: center; gap: 8px; margin: 8px 0; font-size: 14px; }
button { font: inherit; font-size: 14px; cursor: pointer; border-radius: 6px; padding: 2px 10px;
  border: 1px solid light-dark(#aab2bd, #5b6470); background: light-dark(#f4f6f8, #2b3138); color: inherit; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, a:focus-visible, h2:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.close { position: absolute; inset-inline-end: 8px; top: 8px; padding: 0 8px; font-size: 18px; line-height: 1.4; }
.linklike { border: none; background: none; padding: 0; color: light-dark(#0b57d0, #8ab4f8); text-align: start; text-decoration: underline; }
a { color: light-dark(#0b57d0, #8ab4f8); }
ul { margin: 0; padding-inline-start: 18px; } li { margin: 2px 0; }
blockquote { margin: 6px 0; padding-inline-start: 10px; border-inline-start: 3px solid light-dark(#3949ab, #9fa8da); }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 8px 0 0; margin: 10px 0 0;
  border-top: 1px solid light-dark(#e1e4e8, #3a4048); font-size: 12px; color: light-dark(#5b6270, #a9b1bd); }
.swatch { display: inline-block; margin-inline-end: 4px; padding: 0 3px; color: light-dark(#1b1b1b, #e8e8e8);
  text-decoration-line: underline; text-underline-offset: 3px; text-decoration-thickness: 2px; }
.swatch-person { background: rgba(255,193,7,.34); text-decoration-style: solid; text-decoration-color: #8a5a00; }
.swatch-country { background: rgba(38,166,154,.26); text-decoration-style: dashed; text-decoration-color: #00695c; }
.swatch-demonym { background: rgba(38,166,154,.10); text-decoration-style: dotted; text-decoration-color: #00796b; text-decoration-thickness: 1px; }
.swatch-quote { background: rgba(121,134,203,.14); text-decoration-style: double; text-decoration-color: #3949ab; }
`;
