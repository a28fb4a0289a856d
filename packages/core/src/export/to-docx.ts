import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { documentDocx, headingStyle, ORDERED_LIST } from "./docx-blocks.ts";
import type { ExportedBrief } from "./load-export.ts";
import { numberedTitle } from "./numbering.ts";
import { exportDate, versionLabel } from "./print-view.ts";

/**
 * The brief as a Word document, since briefs travel as Word files: a title page (country,
 * version, date), a contents list, then each section under a numbered Word heading (Heading 1 for
 * the template's parts, 2 and 3 below), with page numbers in the footer.
 */
export async function briefToDocx(brief: ExportedBrief): Promise<Buffer> {
  let instance = 0;
  const nextInstance = () => ++instance;
  const body: (Paragraph | Table)[] = [];
  for (const section of brief.sections) {
    body.push(
      new Paragraph({
        heading: headingStyle(section.depth),
        children: [new TextRun(numberedTitle(section))],
      }),
    );
    if (!section.isLeaf) continue;
    if (section.content) body.push(...documentDocx(section.content, section.depth - 1, nextInstance));
    else
      body.push(
        new Paragraph({ children: [new TextRun({ text: "Not written.", italics: true, color: "9CA3AF" })] }),
      );
  }
  const doc = new Document({
    creator: "Dossier",
    title: brief.title,
    description: `${brief.title} — ${versionLabel(brief)}`,
    styles: {
      default: { document: { run: { font: "Georgia", size: 22 } } },
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: new Header({ children: [small(`${brief.country} — ${versionLabel(brief)}`)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...titlePage(brief), ...contents(brief), ...body],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function titlePage(brief: ExportedBrief): Paragraph[] {
  const subtitle = brief.title.startsWith(`${brief.country}: `)
    ? brief.title.slice(brief.country.length + 2)
    : brief.title;
  return [
    new Paragraph({
      spacing: { before: 3600 },
      children: [new TextRun({ text: "COUNTRY STRATEGY BRIEF", size: 20, color: "6B7280" })],
    }),
    new Paragraph({ children: [new TextRun({ text: brief.country, size: 64, bold: true })] }),
    new Paragraph({
      spacing: { after: 600 },
      children: [new TextRun({ text: subtitle, size: 30, color: "374151" })],
    }),
    new Paragraph({
      children: [new TextRun({ text: "Version: ", color: "6B7280" }), new TextRun(versionLabel(brief))],
    }),
    new Paragraph({
      children: [new TextRun({ text: "Date: ", color: "6B7280" }), new TextRun(exportDate(brief))],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** A written contents list: it reads right in any viewer, where a TOC field needs Word to update it. */
function contents(brief: ExportedBrief): Paragraph[] {
  return [
    new Paragraph({ heading: headingStyle(1), children: [new TextRun("Contents")] }),
    ...brief.sections.map(
      (section) =>
        new Paragraph({
          indent: { left: 360 * (section.depth - 1) },
          children: [
            new TextRun({
              text: numberedTitle(section),
              ...(section.isLeaf && !section.content ? { color: "9CA3AF" } : {}),
            }),
          ],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function small(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text, size: 16, color: "6B7280" })],
  });
}
