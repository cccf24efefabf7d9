// The bench's child processes, so that Ctrl-C or a failure stops them all.
import { spawn } from "node:child_process";

// Each running child, with the pid to signal: a negative pid is its whole group.
const children = new Map();
const onInterrupt = new Set();
let interrupted = null;

export function log(line) {
  console.log(`[bench] ${line}`);
}

export function interruptedBy() {
  return interrupted;
}

export function throwIfInterrupted() {
  if (interrupted) throw new Error(`Interrupted by ${interrupted}`);
}

/** Runs `action` when the bench is interrupted, until the returned function is called. */
export function whenInterrupted(action) {
  onInterrupt.add(action);

  return () => onInterrupt.delete(action);
}

/** Starts a child; `detached` gives it its own process group, stopped as a whole. */
export function spawnTracked(command, args, { env, stdio = "inherit", detached = false }) {
  const child = spawn(command, args, { env, stdio, detached });
  children.set(child, detached ? -child.pid : child.pid);
  child.once("exit", () => children.delete(child));

  return child;
}

/** Runs a command to its end; rejects when it fails. */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(command, args, { env });

    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

function onSignal(signal) {
  const force = interrupted !== null;
  interrupted = signal;
  log(`${signal}: stopping${force ? " at once" : ""}, then cleaning up`);

  for (const action of onInterrupt) action();
  for (const target of children.values()) {
    try {
      process.kill(target, force ? "SIGKILL" : "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

export function handleSignals() {
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
