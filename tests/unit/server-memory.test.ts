import { describe, expect, it } from "vitest";
import { withServerHeapLimit } from "@/scripts/server-memory.mjs";

describe("withServerHeapLimit", () => {
  it("caps the old generation of the server's heap", () => {
    const env = withServerHeapLimit({ PORT: "3000" });

    expect(env).toEqual({ PORT: "3000", NODE_OPTIONS: "--max-old-space-size=192" });
  });

  it("keeps the options already set", () => {
    const env = withServerHeapLimit({ NODE_OPTIONS: "--enable-source-maps" });

    expect(env.NODE_OPTIONS).toBe("--enable-source-maps --max-old-space-size=192");
  });

  it("leaves a limit chosen by the operator alone", () => {
    const env = withServerHeapLimit({ NODE_OPTIONS: "--max-old-space-size=1024" });

    expect(env.NODE_OPTIONS).toBe("--max-old-space-size=1024");
  });
});
