// Peak resident memory of a process and all its descendants, from /proc.
import { readdirSync, readFileSync } from "node:fs";

const PAGE_BYTES = 4096;

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may hold spaces: read after its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");

    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

function residentBytes(pid) {
  try {
    const [, resident] = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");

    return Number(resident) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** The pid and every descendant's, found through each process's parent. */
function treeOf(root) {
  const childrenOf = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;

    const parent = parentOf(entry);
    if (parent !== undefined) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), +entry]);
  }

  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(childrenOf.get(tree[i]) ?? []));

  return tree;
}

/** Samples the tree's total RSS every `intervalMs` until stopped; keeps the peak. */
export function sampleTreeMemory(rootPid, intervalMs = 200) {
  let peak = 0;
  const sample = () => {
    const total = treeOf(rootPid).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);

  return {
    peakBytes: () => peak,
    stop() {
      clearInterval(timer);
      sample();

      return peak;
    },
  };
}
