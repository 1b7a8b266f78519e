import type { ReactNode } from "react";

/**
 * A button that opens (or, with action "hide", closes) an HTML popover: the phone's menu and filter
 * sheet. The browser does it, with Escape and focus handling, without JavaScript. `icon` is the
 * path of a 16 px line drawing.
 */
export function PopoverButton({
  target,
  action,
  icon,
  className,
  testId,
  children,
}: {
  target: string;
  action?: "hide";
  icon?: string;
  className: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <button type="button" popoverTarget={target} popoverTargetAction={action} className={className} data-testid={testId}>
      {icon && (
        <svg viewBox="0 0 16 16" aria-hidden="true" className="h-4 w-4">
          <path d={icon} stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" fill="none" />
        </svg>
      )}
      {children}
    </button>
  );
}
