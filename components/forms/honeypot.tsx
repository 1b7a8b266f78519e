"use client";
// A field people never see (off-screen, out of the tab order, hidden from screen readers) and
// bots fill in; a request that carries it is answered as if it worked and dropped.
export function Honeypot({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: "1px", height: "1px", overflow: "hidden" }}>
      <label>
        {label}
        <input type="text" name={name} tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
    </div>
  );
}
