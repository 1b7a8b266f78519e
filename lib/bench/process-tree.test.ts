import { describe, expect, it } from "vitest";
import { cpuMs, processTree, residentMemory } from "./process-tree";
import { flightBytes, formatMemory } from "./catalogue-benchmark";

describe.runIf(process.platform === "linux")("process-tree", () => {
  it("finds this process, its CPU time and its resident memory", () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
    expect(cpuMs([process.pid])).toBeGreaterThan(0);
    const [self] = residentMemory([process.pid]);
    expect(self!.rssMb).toBeGreaterThan(10);
  });

  it("counts nothing for a process that has gone", () => {
    expect(cpuMs([2 ** 22 + 1])).toBe(0);
    expect(residentMemory([2 ** 22 + 1])).toEqual([]);
  });
});

describe("page measures", () => {
  it("sizes the inline RSC payload from its scripts alone", () => {
    const push = 'self.__next_f.push([1,"0:{}\\n"])';
    const html = `<html><body><p>text</p><script nonce="n">${push}</script><script>other()</script><script nonce="n">${push}</script></body></html>`;
    expect(flightBytes(html)).toBe(2 * push.length);
    expect(flightBytes("<html></html>")).toBe(0);
  });

  it("sums the memory line over every process", () => {
    expect(formatMemory([{ pid: 1, command: "scripts/start.ts", rssMb: 80.4 }, { pid: 2, command: "atlas-server/serve.mjs", rssMb: 200.2 }])).toBe(
      "memory: 281 MB resident in all (scripts/start.ts 80 MB, atlas-server/serve.mjs 200 MB)",
    );
  });
});
