import type { ReactNode } from "react";
import { ANSWER_DISPLAY, type AnswerDisplay, type AnswerGrade } from "@/lib/openness";

// Drawn, not coloured by classes: the colours come from lib/openness (ANSWER_DISPLAY), the one
// definition the badges and charts read too, so a mark cannot lose its colour to a missing class.
const SHAPES: Record<AnswerDisplay["shape"], (colour: string) => ReactNode> = {
  circle: (colour) => <circle cx="8" cy="8" r="8" fill={colour} data-part="ground" />,
  rounded: (colour) => <rect width="16" height="16" rx="4.5" fill={colour} data-part="ground" />,
  square: (colour) => <rect width="16" height="16" rx="1" fill={colour} data-part="ground" />,
  hollow: (colour) => <circle cx="8" cy="8" r="7.1" fill="#ffffff" stroke={colour} strokeWidth="1.6" strokeDasharray="2.6 1.6" data-part="ground" />,
};

const SYMBOLS: Record<AnswerDisplay["symbol"], (colour: string) => ReactNode> = {
  check: (colour) => <path d="M4.3 8.4 7 11.1l4.8-5.8" fill="none" stroke={colour} strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />,
  half: (colour) => (
    <>
      <circle cx="8" cy="8" r="4.3" fill="none" stroke={colour} strokeWidth="1.6" />
      <path d="M8 3.7a4.3 4.3 0 0 1 0 8.6z" fill={colour} />
    </>
  ),
  cross: (colour) => <path d="m5.2 5.2 5.6 5.6m0-5.6-5.6 5.6" fill="none" stroke={colour} strokeWidth="2.2" strokeLinecap="round" />,
  question: (colour) => (
    <>
      <path d="M6 6.3a2.1 2.1 0 1 1 2.9 1.9c-.6.3-.9.7-.9 1.3v.4" fill="none" stroke={colour} strokeWidth="1.7" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.95" fill={colour} />
    </>
  ),
};

const symbolId = (answer: AnswerGrade) => `answer-mark-${answer}`;

/**
 * Each answer's drawing, once per page (the locale layout renders it): a mark then refers to it
 * with <use>. Drawn in every mark, the 80 marks of /models were 27 KB of its HTML and as much again
 * of its RSC payload (issue 22).
 */
export function AnswerMarkSymbols() {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="absolute" data-testid="answer-mark-symbols">
      {(Object.keys(ANSWER_DISPLAY) as AnswerGrade[]).map((answer) => {
        const display = ANSWER_DISPLAY[answer];
        return (
          <symbol key={answer} id={symbolId(answer)} viewBox="0 0 16 16">
            {SHAPES[display.shape](display.colour)}
            {SYMBOLS[display.symbol](display.symbolColour)}
          </symbol>
        );
      })}
    </svg>
  );
}

/**
 * An answer's mark: its colour, its shape and its symbol (a tick for open, a half disc for partial,
 * a cross for closed, a question mark for not assessed), drawn once per page by AnswerMarkSymbols.
 * Decorative: the answer is always written next to it, or in the name of the link around it.
 */
export function AnswerMark({ answer, className = "h-4 w-4" }: { answer: AnswerGrade; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={`inline-block shrink-0 ${className}`} data-answer={answer}>
      <use href={`#${symbolId(answer)}`} />
    </svg>
  );
}
