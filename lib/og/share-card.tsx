import type { ReactNode } from "react";
import { GRADE_DISPLAY, NO_GRADE_DISPLAY, type Grade } from "@/lib/openness";

// The Open Graph card (1200×630) drawn by ImageResponse: satori reads flexbox and inline styles only.
export const OG_SIZE = { width: 1200, height: 630 };

export function ShareCard({ site, title, subtitle, children }: { site: string; title: string; subtitle?: string; children: ReactNode }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontFamily: "DejaVu Sans" }}>
      <div style={{ display: "flex", background: "#0b2e4f", color: "#ffffff", padding: "28px 56px", fontSize: 34, fontWeight: 700 }}>{site}</div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "48px 56px", justifyContent: "space-between" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: title.length > 28 ? 60 : 76, fontWeight: 700, color: "#0b2e4f", lineHeight: 1.1 }}>{title}</div>
          {subtitle && <div style={{ display: "flex", marginTop: 18, fontSize: 32, color: "#334155" }}>{subtitle}</div>}
        </div>
        <div style={{ display: "flex", alignItems: "center" }}>{children}</div>
      </div>
    </div>
  );
}

export function GradeChip({ grade, size = 150 }: { grade: Grade | null; size?: number }) {
  const display = grade ? GRADE_DISPLAY[grade] : NO_GRADE_DISPLAY.notAssessed;
  return (
    <div
      style={{
        display: "flex",
        width: size,
        height: size,
        borderRadius: 20,
        background: display.colour,
        color: display.textColour,
        fontSize: size * 0.62,
        fontWeight: 700,
        alignItems: "center",
        justifyContent: "center",
      }}
    >
      {grade ?? "–"}
    </div>
  );
}
