import { describe, expect, it } from "vitest";
import { CHECK_IN_ALPHABET, formatCheckInCode, newCheckInCode, normaliseCheckInCode } from "@/lib/check-in/code";

describe("check-in codes", () => {
  it("are 8 characters of the alphabet without look-alikes", () => {
    for (let index = 0; index < 200; index += 1) {
      const code = newCheckInCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    }
    expect(CHECK_IN_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CHECK_IN_ALPHABET).toHaveLength(32);
  });

  it("differ from one another", () => {
    const codes = new Set(Array.from({ length: 2000 }, newCheckInCode));
    expect(codes.size).toBe(2000);
  });

  it("use every symbol of the alphabet", () => {
    const seen = new Set(Array.from({ length: 400 }, newCheckInCode).join(""));
    expect(seen.size).toBe(32);
  });

  it("are shown as XXXX-XXXX", () => {
    expect(formatCheckInCode("AB12CD34")).toBe("AB12-CD34");
  });

  it("read back what was typed, whatever the case, spaces and dashes", () => {
    expect(normaliseCheckInCode("ab12-cd34")).toBe("AB12CD34");
    expect(normaliseCheckInCode(" AB12 CD34 ")).toBe("AB12CD34");
    expect(normaliseCheckInCode("ab12–cd34")).toBe("AB12CD34");
    expect(normaliseCheckInCode(formatCheckInCode("7KQ9ZX0M"))).toBe("7KQ9ZX0M");
  });

  it("read O as zero and I or L as one", () => {
    expect(normaliseCheckInCode("OO11-ilIL")).toBe("00111111");
    expect(normaliseCheckInCode("oabc-1234")).toBe("0ABC1234");
  });

  it("refuse what cannot be a code", () => {
    expect(normaliseCheckInCode("")).toBeNull();
    expect(normaliseCheckInCode("AB12-CD3")).toBeNull();
    expect(normaliseCheckInCode("AB12-CD345")).toBeNull();
    expect(normaliseCheckInCode("AB12-CDU4")).toBeNull();
    expect(normaliseCheckInCode("AB12?CD4")).toBeNull();
  });
});
