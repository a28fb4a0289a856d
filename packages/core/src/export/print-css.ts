/**
 * Print styles for the print view. Pages are A4 with generous margins; the title page and the
 * contents each take their own page; a section title never ends a page. Page numbers use the CSS
 * page-margin boxes, which Chromium prints since version 131 (the PDF renderer adds its own).
 */
export function printCss(options: { pageNumbers: boolean }): string {
  const pageNumbers = options.pageNumbers
    ? `@page { @bottom-center { content: counter(page) " / " counter(pages); font: 9pt Georgia, serif; color: #666; } }
@page :first { @bottom-center { content: none; } }`
    : "";
  return `
@page { size: A4; margin: 22mm 20mm 24mm; }
${pageNumbers}
:root { color: #1f2328; }
body { font: 11pt/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; margin: 0 auto; max-width: 46rem; padding: 0 1.5rem 4rem; }
a { color: #1d4ed8; }
.screen-bar { font: 10pt system-ui, sans-serif; background: #f3f4f6; border: 1px solid #e5e7eb; border-radius: 6px; padding: .6rem .9rem; margin: 1.5rem 0; }
.title-page { min-height: 45vh; display: flex; flex-direction: column; justify-content: center; }
.title-page .kicker { font: 600 10pt system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: #6b7280; margin: 0; }
.title-page h1 { font-size: 34pt; line-height: 1.1; margin: .3em 0 .2em; }
.title-page .subtitle { font-size: 15pt; color: #374151; margin: 0 0 2.5em; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .3em 1.2em; font: 10.5pt system-ui, sans-serif; margin: 0; }
.meta dt { color: #6b7280; }
.meta dd { margin: 0; }
.toc h2 { font-size: 16pt; }
.toc ol { list-style: none; padding-left: 1.2em; margin: .15em 0; }
.toc > ol { padding-left: 0; }
.toc a { color: inherit; text-decoration: none; }
.toc li.empty > a { color: #9ca3af; }
.toc li.empty > a::after { content: " — not written"; font-style: italic; }
main section { margin-top: 1.2em; }
.section-title { break-after: avoid; page-break-after: avoid; break-inside: avoid; font-family: system-ui, sans-serif; }
h2.section-title { font-size: 17pt; border-bottom: 1px solid #d1d5db; padding-bottom: .2em; margin-top: 1.6em; }
h3.section-title { font-size: 13.5pt; margin-top: 1.3em; }
h4.section-title { font-size: 12pt; margin-top: 1.1em; }
.content-heading { break-after: avoid; page-break-after: avoid; break-inside: avoid; font-size: 11.5pt; }
.not-written { color: #9ca3af; font-style: italic; }
p, li { orphans: 3; widows: 3; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #d1d5db; color: #374151; }
pre { background: #f6f8fa; padding: .7em; border-radius: 4px; white-space: pre-wrap; font-size: 9.5pt; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; }
table { border-collapse: collapse; width: 100%; box-sizing: border-box; margin: 1em 0; font-size: 10pt; break-inside: auto; }
tr { break-inside: avoid; }
th, td { border: 1px solid #d1d5db; padding: .35em .5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #f3f4f6; }
td > p, th > p { margin: 0; }
li > p { margin: .15em 0; }
@media print {
  body { max-width: none; padding: 0; }
  .screen-bar { display: none; }
  .title-page { min-height: 0; height: 220mm; break-after: page; page-break-after: always; }
  .toc { break-after: page; page-break-after: always; }
  a { color: inherit; text-decoration: none; }
}
`;
}
