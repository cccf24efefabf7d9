import { describe, expect, it, vi } from "vitest";
import { oncePerProcess } from "@/lib/reference/once-per-process";

describe("oncePerProcess", () => {
  it("loads once and gives every caller the same answer", async () => {
    const load = vi.fn(async () => ({ regions: 12 }));
    const read = oncePerProcess(load);

    const answers = await Promise.all([read(), read(), read()]);

    expect(load).toHaveBeenCalledTimes(1);
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
  });

  it("tries again after a failed load", async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("database down"))
      .mockResolvedValue("regions");
    const read = oncePerProcess(load);

    await expect(read()).rejects.toThrow("database down");

    expect(await read()).toBe("regions");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
