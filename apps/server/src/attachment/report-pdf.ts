/**
 * The attachment profile as a PDF for the chart (clinician) or in plain words (client), drawn on
 * the server with pdfkit: no browser is needed in production. Standard PDF fonts only cover
 * Windows-1252, so text is brought into that range first.
 */
import type { MemberAttachment } from '@securebase/contracts';
import PDFDocument from 'pdfkit';

export type ReportAudience = 'clinician' | 'client';

export interface ReportInput {
  member: MemberAttachment;
  audience: ReportAudience;
  caseTitle: string;
  practiceName: string;
  generatedAt: string;
  boundaryNote: string;
}

const PAGE_MARGIN = 50;
const INK = '#1f2a2e';
const MUTED = '#5b6b70';
const REGION_FILL = {
  secure: '#e3f0ee',
  fearful: '#e3f0ee',
  preoccupied: '#efece6',
  dismissing: '#efece6',
};

/** Characters the standard fonts lack, in words or their nearest Windows-1252 form. */
export function winAnsi(text: string): string {
  return text
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\u221a/g, 'sqrt')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/\u2192/g, '->')
    .replace(/[^\t\n\r\u0020-\u00ff]/g, '?');
}

interface PlanePoint {
  anxiety: number;
  avoidance: number;
  label?: string;
}

interface PlaneOptions {
  x: number;
  y: number;
  size: number;
  points: PlanePoint[];
  joined: boolean;
  regionNames: boolean;
}

/** The anxiety (x) by avoidance (y) plane, 1-7, regions split at 4, points and their path. */
function drawPlane(doc: PDFKit.PDFDocument, options: PlaneOptions) {
  const { x, y, size } = options;
  const at = (value: number) => ((value - 1) / 6) * size;
  const px = (anxiety: number) => x + at(anxiety);
  const py = (avoidance: number) => y + size - at(avoidance);
  const mid = at(4);
  const quadrants: [keyof typeof REGION_FILL, number, number][] = [
    ['dismissing', x, y],
    ['fearful', x + mid, y],
    ['secure', x, y + mid],
    ['preoccupied', x + mid, y + mid],
  ];
  for (const [region, qx, qy] of quadrants) {
    doc.rect(qx, qy, mid, mid).fill(REGION_FILL[region]);
    if (options.regionNames) {
      const name = `${region.charAt(0).toUpperCase()}${region.slice(1)} region`;
      doc
        .fillColor(MUTED)
        .fontSize(7)
        .text(name, qx + 4, qy + 4, { width: mid - 8, lineBreak: false });
    }
  }
  doc.rect(x, y, size, size).lineWidth(0.7).strokeColor(MUTED).stroke();
  doc
    .dash(2, { space: 2 })
    .moveTo(x + mid, y)
    .lineTo(x + mid, y + size)
    .stroke();
  doc
    .moveTo(x, y + mid)
    .lineTo(x + size, y + mid)
    .stroke()
    .undash();
  doc.fillColor(MUTED).fontSize(7);
  for (let tick = 1; tick <= 7; tick += 1) {
    doc.text(String(tick), px(tick) - 3, y + size + 3, { lineBreak: false });
    doc.text(String(tick), x - 10, py(tick) - 3, { lineBreak: false });
  }
  const roomy = size >= 200;
  doc.fontSize(roomy ? 8 : 7).fillColor(INK);
  doc.text(
    roomy
      ? 'Attachment anxiety: less worry about closeness -> more worry'
      : 'Anxiety: less worry -> more',
    x - 40,
    y + size + 14,
    { width: size + 80, align: 'center', lineBreak: false },
  );
  doc.save().rotate(-90, { origin: [x - 22, y + size] });
  doc.text(
    roomy
      ? 'Avoidance: more comfortable depending on others -> less'
      : 'Avoidance: more at ease -> less',
    x - 22,
    y + size,
    { width: size, align: 'center', lineBreak: false },
  );
  doc.restore();
  const placed = options.points.map((p) => ({ ...p, cx: px(p.anxiety), cy: py(p.avoidance) }));
  if (options.joined && placed.length > 1) {
    const [first, ...rest] = placed;
    if (first) {
      doc.moveTo(first.cx, first.cy);
      for (const p of rest) doc.lineTo(p.cx, p.cy);
      doc.lineWidth(1.2).strokeColor('#2f6f73').stroke();
    }
  }
  placed.forEach((p, index) => {
    const latest = options.joined && index === placed.length - 1;
    doc.circle(p.cx, p.cy, latest ? 4.5 : 3).fill('#2f6f73');
    if (latest) doc.circle(p.cx, p.cy, 8).lineWidth(1).strokeColor('#2f6f73').stroke();
    if (p.label) {
      doc
        .fillColor(INK)
        .fontSize(7)
        .text(winAnsi(p.label), p.cx + 6, p.cy - 3, { lineBreak: false });
    }
  });
  doc.fillColor(INK);
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).fillColor(INK).text(winAnsi(text));
  doc.font('Helvetica').fontSize(10);
}

function paragraphs(doc: PDFKit.PDFDocument, texts: readonly string[]) {
  for (const text of texts) doc.moveDown(0.3).fontSize(10).fillColor(INK).text(winAnsi(text));
}

const round = (value: number) => (Math.round(value * 100) / 100).toString();

function generalSection(doc: PDFKit.PDFDocument, input: ReportInput) {
  const { general } = input.member;
  if (!general) return;
  heading(doc, input.audience === 'client' ? 'Where your answers sit' : 'ECR-R over time');
  const top = doc.y + 10;
  drawPlane(doc, {
    x: PAGE_MARGIN + 30,
    y: top,
    size: 220,
    points: general.points.map((p) => ({ ...p, label: p.submittedAt.slice(0, 10) })),
    joined: true,
    regionNames: input.audience === 'clinician',
  });
  doc.y = top + 220 + 32;
  doc.x = PAGE_MARGIN;
  if (input.audience === 'clinician') {
    for (const p of general.points) {
      doc
        .fontSize(9)
        .text(
          winAnsi(
            `${p.submittedAt.slice(0, 10)}: anxiety ${round(p.anxiety)}, avoidance ${round(p.avoidance)}, ${p.region} region${p.clearlyInRegion ? '' : ' (between regions)'}`,
          ),
        );
    }
    if (general.uncertaintyNote)
      doc.moveDown(0.3).fillColor(MUTED).text(winAnsi(general.uncertaintyNote));
    doc.fillColor(INK);
  }
}

function relationshipSection(doc: PDFKit.PDFDocument, input: ReportInput) {
  const map = input.member.relationships;
  if (!map) return;
  const targets = map.targets.filter((t) => t.anxiety !== null && t.avoidance !== null);
  if (targets.length === 0) return;
  heading(
    doc,
    input.audience === 'client'
      ? 'Relationship by relationship'
      : `ECR-RS, ${map.submittedAt.slice(0, 10)}`,
  );
  const top = doc.y + 10;
  drawPlane(doc, {
    x: PAGE_MARGIN + 30,
    y: top,
    size: 160,
    points: targets.map((t) => ({
      anxiety: t.anxiety ?? 1,
      avoidance: t.avoidance ?? 1,
      label: t.target === 'global' ? 'overall' : t.target,
    })),
    joined: false,
    regionNames: input.audience === 'clinician',
  });
  doc.y = top + 160 + 32;
  doc.x = PAGE_MARGIN;
  if (input.audience === 'clinician') {
    for (const t of targets) {
      doc
        .fontSize(9)
        .text(
          `${t.target}: anxiety ${round(t.anxiety ?? 0)}, avoidance ${round(t.avoidance ?? 0)}`,
        );
    }
  }
}

function prototypeSection(doc: PDFKit.PDFDocument, input: ReportInput) {
  const rq = input.member.prototypes;
  if (!rq || input.audience !== 'clinician') return;
  heading(doc, `RQ, ${rq.submittedAt.slice(0, 10)}`);
  doc
    .fontSize(9)
    .text(
      `Secure ${String(rq.secure)}, fearful ${String(rq.fearful)}, preoccupied ${String(rq.preoccupied)}, dismissing ${String(rq.dismissing)} (1-7). Model of self ${String(rq.selfModel)}, model of others ${String(rq.otherModel)} (-12 to +12).`,
    );
}

/** Renders the report; resolves with the PDF bytes. */
export function renderAttachmentReport(input: ReportInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    info: {
      Title: winAnsi(`Attachment profile: ${input.member.memberName}`),
      Author: winAnsi(input.practiceName),
      Creator: 'Secure Base',
      CreationDate: new Date(input.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const client = input.audience === 'client';
  doc.font('Helvetica-Bold').fontSize(16).fillColor(INK);
  doc.text(
    winAnsi(
      client
        ? `Your attachment picture, ${input.member.memberName}`
        : `Attachment profile: ${input.member.memberName}`,
    ),
  );
  doc.font('Helvetica').fontSize(9).fillColor(MUTED);
  doc.text(
    winAnsi(
      `${input.practiceName} - ${input.caseTitle} - prepared ${input.generatedAt.slice(0, 10)}${client ? '' : ' - for the clinical record'}`,
    ),
  );
  doc.fillColor(INK);
  generalSection(doc, input);
  relationshipSection(doc, input);
  prototypeSection(doc, input);
  heading(doc, client ? 'What this might mean' : 'Reading');
  paragraphs(doc, client ? input.member.reading.client : input.member.reading.clinician);
  if (!client) {
    doc.moveDown(0.4).fontSize(8).fillColor(MUTED).text(winAnsi(input.boundaryNote));
    heading(doc, 'References');
    for (const reference of input.member.reading.references) {
      doc.moveDown(0.2).fontSize(8).fillColor(INK).text(winAnsi(reference));
    }
  }
  doc.moveDown(1).fontSize(8).fillColor(MUTED);
  doc.text(
    'Secure Base is not an emergency service. If you or someone else is in immediate danger, call your local emergency number now.',
  );
  doc.end();
  return done;
}
