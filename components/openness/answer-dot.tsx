import type { AnswerGrade } from "@/lib/openness";

// Decorative: the answer is always written next to it. Shapes differ too, not only colours.
const STYLES: Record<AnswerGrade, string> = {
  open: "bg-grade-a rounded-full",
  partial: "bg-grade-c rounded-sm",
  closed: "bg-grade-e rotate-45",
  unknown: "border border-slate-500 bg-white rounded-full",
};

export function AnswerDot({ answer }: { answer: AnswerGrade }) {
  return <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 shrink-0 ${STYLES[answer]}`} />;
}
