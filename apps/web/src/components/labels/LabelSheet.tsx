"use client";

import { useState } from "react";
import styles from "@/components/dashboard/dashboard.module.css";
import { useHydrated } from "@/components/forms/useHydrated";

export type Label = {
  /** Unique on the sheet (copies of a lot label share a URL). */
  id: string;
  /** The GS1 Digital Link the QR code encodes. */
  url: string;
  /** The QR code as an SVG data URL (rendered on the server). */
  qr: string;
  /** Human-readable lines under the code. */
  lines: string[];
};

export type LabelSheetProps = { labels: Label[]; fileName: string };

const A4 = { width: 595.28, height: 841.89 };
const COLUMNS = 3;
const ROWS = 4;

/**
 * A printable sheet of QR labels, with its PDF (A4, 3 × 4 per page, pdf-lib) and PNG (one image
 * of the sheet, canvas) made in the browser from the same codes and text.
 */
export function LabelSheet({ labels, fileName }: LabelSheetProps) {
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const hydrated = useHydrated();

  async function download(kind: "pdf" | "png") {
    setBusy(kind);
    setError(undefined);
    try {
      const blob = kind === "pdf" ? await toPdf(labels) : await toPng(labels);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `${fileName}.${kind}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="stack">
      <div className="row no-print">
        <button type="button" className="btn" onClick={() => window.print()} disabled={!hydrated}>
          Print
        </button>
        {(["pdf", "png"] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="btn btn-secondary"
            onClick={() => download(format)}
            disabled={!hydrated || busy !== undefined}
          >
            {busy === format ? `Making ${format.toUpperCase()}…` : `Download ${format.toUpperCase()}`}
          </button>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className={styles.qrGrid} style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Labels">
        {labels.map((label) => (
          <li key={label.id} className={styles.qrCell}>
            {/* biome-ignore lint/performance/noImgElement: a data URL made on the server, nothing for next/image to optimise */}
            <img src={label.qr} alt={`QR code for ${label.url}`} width={160} height={160} />
            {label.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

async function qrPng(url: string): Promise<string> {
  const QRCode = await import("qrcode");
  return QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 512 });
}

async function toPdf(labels: Label[]): Promise<Blob> {
  const { PDFDocument, StandardFonts, rgb } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  pdf.setTitle("Tracemark QR labels");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const cellW = A4.width / COLUMNS;
  const cellH = A4.height / ROWS;
  for (let start = 0; start < labels.length; start += COLUMNS * ROWS) {
    const page = pdf.addPage([A4.width, A4.height]);
    for (const [i, label] of labels.slice(start, start + COLUMNS * ROWS).entries()) {
      const x = (i % COLUMNS) * cellW;
      const top = A4.height - Math.floor(i / COLUMNS) * cellH;
      const image = await pdf.embedPng(await qrPng(label.url));
      const size = 130;
      page.drawImage(image, { x: x + (cellW - size) / 2, y: top - 20 - size, width: size, height: size });
      label.lines.forEach((line, n) => {
        const fontSize = n === 0 ? 9 : 7.5;
        const text = fitText(line, (w) => font.widthOfTextAtSize(w, fontSize), cellW - 16);
        page.drawText(text, {
          x: x + (cellW - font.widthOfTextAtSize(text, fontSize)) / 2,
          y: top - 36 - size - n * 11,
          size: fontSize,
          font,
          color: rgb(0.07, 0.07, 0.07),
        });
      });
    }
  }
  const bytes = await pdf.save();
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type: "application/pdf" });
}

async function toPng(labels: Label[]): Promise<Blob> {
  const cell = { w: 300, h: 380 };
  const columns = Math.min(COLUMNS, labels.length);
  const canvas = document.createElement("canvas");
  canvas.width = columns * cell.w;
  canvas.height = Math.ceil(labels.length / COLUMNS) * cell.h;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw images.");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const [i, label] of labels.entries()) {
    const x = (i % COLUMNS) * cell.w;
    const y = Math.floor(i / COLUMNS) * cell.h;
    const image = new Image();
    image.src = await qrPng(label.url);
    await image.decode();
    ctx.drawImage(image, x + 30, y + 20, 240, 240);
    ctx.fillStyle = "#111";
    ctx.textAlign = "center";
    label.lines.forEach((line, n) => {
      ctx.font = n === 0 ? "bold 16px sans-serif" : "13px sans-serif";
      const text = fitText(line, (w) => ctx.measureText(w).width, cell.w - 20);
      ctx.fillText(text, x + cell.w / 2, y + 285 + n * 20);
    });
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("Could not make the PNG."))),
      "image/png",
    ),
  );
}

function fitText(text: string, width: (t: string) => number, max: number): string {
  if (width(text) <= max) return text;
  let cut = text;
  while (cut.length > 1 && width(`${cut}…`) > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}
