// A process and its descendants as Linux's /proc shows them: their CPU time and resident memory,
// for the benchmarks' server CPU per page and memory lines. Elsewhere (no /proc) nothing is known.
import { readFileSync, readdirSync } from "node:fs";

/** clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux in use) */
const TICKS_PER_SECOND = 100;

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // the process has gone
  }
}

/** `pid` and every process under it, parents first. */
export function processTree(pid: number): number[] {
  const children = (readdir(`/proc/${pid}/task`) ?? []).flatMap((task) =>
    (read(`/proc/${pid}/task/${task}/children`) ?? "").split(" ").filter(Boolean).map(Number),
  );
  return [pid, ...children.flatMap((child) => processTree(child))];
}

function readdir(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) in ms of each of `pids` that still runs. */
export function cpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = read(`/proc/${pid}/stat`);
    if (!stat) continue;
    // after the command's closing parenthesis: state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export type ProcessMemory = { pid: number; command: string; rssMb: number };

/** Resident memory of each of `pids` that still runs. */
export function residentMemory(pids: readonly number[]): ProcessMemory[] {
  return pids.flatMap((pid) => {
    const status = read(`/proc/${pid}/status`);
    const kb = status && /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (!kb) return [];
    const command = (read(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean);
    return [{ pid, command: describe(command), rssMb: Number(kb) / 1024 }];
  });
}

/** A process's role in a word or two, from its command line. */
function describe(command: string[]): string {
  const script = command.find((part) => /\.(ts|mjs|js)$/.test(part) && !part.startsWith("--"));
  const name = script ? script.split("/").slice(-2).join("/") : (command[0] ?? "?").split("/").pop()!;
  return [name, ...command.slice(command.indexOf(script ?? "") + 1).filter((part) => !part.startsWith("-") && !/^\d+$/.test(part) && !part.startsWith("/")).slice(0, 1)].join(" ");
}
